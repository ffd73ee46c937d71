import { InternalAuditRow } from './audits/internal-audit.entity';
import { QmsDeclarationRow } from './declarations/qms-declaration.entity';
import { LegalChangeRow } from './legal-changes/legal-change.entity';
import { NonconformityRow } from './nonconformities/nonconformity.entity';
import { ManagementReviewRow } from './reviews/management-review.entity';

/** The quality system's tables, for the read-model data source. */
export const QUALITY_ENTITIES = [LegalChangeRow, NonconformityRow, InternalAuditRow, ManagementReviewRow, QmsDeclarationRow];
