import { OmitType } from '@nestjs/swagger';
import { IssueRequest } from '../../documents/http/document-requests';

/** POST /api/meetings/:id/issue: the document issue's body; a notice's symbol has no unit suffix (`05/TB-UBND`). */
export class IssueConclusionRequest extends OmitType(IssueRequest, ['symbolSuffix'] as const) {}
