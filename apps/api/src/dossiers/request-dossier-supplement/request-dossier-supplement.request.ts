import { MissingItemRequest } from '../dossier-requests';
import { NestedList } from '../dossier-validators';

/** POST /api/dossiers/:id/request-supplement. */
export class RequestDossierSupplementRequest {
  @NestedList(() => MissingItemRequest, 100) missing!: MissingItemRequest[];
}
