import { Nested } from '../../documents/http/validators';
import { ProcedureCodeField } from '../../procedures/procedure-params';
import { ApplicantRequest, MissingItemRequest } from '../dossier-requests';
import { NestedList } from '../dossier-validators';

/** POST /api/dossiers/supplement-requests (one-stop officer): Mẫu 02, every missing item with its reason, once. */
export class SupplementAtReceptionRequest {
  @ProcedureCodeField() procedureCode!: string;
  @Nested(() => ApplicantRequest) applicant!: ApplicantRequest;
  @NestedList(() => MissingItemRequest, 100) missing!: MissingItemRequest[];
}
