import { InternalAuditRow } from './audits/internal-audit.entity';
import { QmsDeclarationRow } from './declarations/qms-declaration.entity';
import { LegalChangeRow } from './legal-changes/legal-change.entity';
import { NcProposalRow } from './nc-proposals/nc-proposal.entity';
import { NonconformityRow } from './nonconformities/nonconformity.entity';
import { QualityObjectivesRow } from './objectives/quality-objectives.entity';
import { ManagementReviewRow } from './reviews/management-review.entity';

/** The quality system's tables, for the read-model data source. */
export const QUALITY_ENTITIES = [LegalChangeRow, NonconformityRow, InternalAuditRow, ManagementReviewRow, QmsDeclarationRow, NcProposalRow, QualityObjectivesRow];
