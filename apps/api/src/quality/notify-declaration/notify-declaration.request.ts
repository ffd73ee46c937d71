import { Text } from '../../documents/http/validators';
import { RealDayField, SHORT_TEXT } from '../../dossiers/dossier-validators';

/** POST /api/quality/declarations/:id/notify. */
export class NotifyDeclarationRequest {
  @Text(1, SHORT_TEXT, 'Sở Khoa học và Công nghệ') recipient!: string;
  @Text(1, SHORT_TEXT, '30/VP-HCTC') docRef!: string;
  @RealDayField() notifiedOn!: string;
}
