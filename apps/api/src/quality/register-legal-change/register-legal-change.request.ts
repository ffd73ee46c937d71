import { Text } from '../../documents/http/validators';
import { LONG_TEXT, RealDayField, TextList } from '../../dossiers/dossier-validators';

/** POST /api/quality/legal-changes. */
export class RegisterLegalChangeRequest {
  @Text(1, 100, '175/2024/NĐ-CP') docSymbol!: string;
  @Text(1, LONG_TEXT, 'Quy định chi tiết một số điều của Luật Xây dựng') excerpt!: string;
  @RealDayField() issuedOn!: string;
  @RealDayField() effectiveFrom!: string;
  @TextList(200, 32, '1.004227') procedureCodes!: string[];
}
