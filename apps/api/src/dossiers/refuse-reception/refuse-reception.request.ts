import { Nested, Text } from '../../documents/http/validators';
import { ProcedureCodeField } from '../../procedures/procedure-params';
import { ApplicantRequest } from '../dossier-requests';
import { LONG_TEXT, SHORT_TEXT } from '../dossier-validators';

/** POST /api/dossiers/refusals (one-stop officer): Mẫu 03, the reason and its legal basis. */
export class RefuseReceptionRequest {
  @ProcedureCodeField() procedureCode!: string;
  @Nested(() => ApplicantRequest) applicant!: ApplicantRequest;
  @Text(1, LONG_TEXT, 'Hồ sơ không thuộc thẩm quyền giải quyết của UBND tỉnh') reason!: string;
  @Text(1, SHORT_TEXT, 'Khoản 2 Điều 19 Nghị định 118/2025/NĐ-CP') legalBasis!: string;
}
