import { OptionalText } from '../../documents/http/validators';
import { RealDayField, SHORT_TEXT } from '../../dossiers/dossier-validators';

/** POST /api/quality/declarations/:id/post. */
export class PostDeclarationRequest {
  @RealDayField() postedOn!: string;
  @OptionalText(SHORT_TEXT, 'https://vpubnd.example.gov.vn/iso') websiteUrl?: string | null;
}
