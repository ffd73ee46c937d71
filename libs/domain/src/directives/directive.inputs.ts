import { localDateOf } from '../calendar';
import { hasRole, type Organisation } from '../organisation';
import { oneOf, optionalDueDate, requireLocalDate, requireText, ruleViolation } from '../shared';
import type { DirectiveInput } from './directive.commands';
import { DIRECTIVE_SOURCE_KINDS, REPORTING_PERIODS, type DirectiveSource, type DirectiveTerms } from './directive.types';

/*
 * The request fields of a directive, checked and trimmed: the same for a directive of a conclusion
 * notice and for a task registered from another source. `at` prefixes the fields of a notice's
 * directive (`directives[2].`). Sizes are bounded where the text comes in (the HTTP request).
 */

function agencyList(value: unknown, field: string): string[] {
  if (value == null) return [];
  if (!Array.isArray(value)) throw ruleViolation('INVALID_VALUE', 'Danh sách cơ quan không hợp lệ', field);
  return [...new Set(value.map((agency, i) => requireText(agency, `${field}[${i}]`, 'REQUIRED', 'Cần ghi tên cơ quan')))];
}

/** Exactly one lead agency (cơ quan chủ trì), never also among the co-agencies (QC Art. 2: one task, one lead). */
function leadAgencyOf(value: unknown, coAgencies: string[], at: string): string {
  const leads = agencyList(value, `${at}leadAgency`);
  if (leads.length !== 1) throw ruleViolation('ONE_LEAD_AGENCY', 'Mỗi nhiệm vụ có đúng một cơ quan chủ trì', `${at}leadAgency`);
  if (coAgencies.includes(leads[0])) throw ruleViolation('LEAD_AGENCY_COOPERATING', `${leads[0]} là cơ quan chủ trì, không ghi lại là cơ quan phối hợp`, `${at}coAgencies`);
  return leads[0];
}

/** The user named as follow-up specialist, who must be a specialist. */
export function requireSpecialist(userId: unknown, organisation: Organisation, field: string): string {
  const user = organisation.users.find((u) => u.id === userId);
  if (!user || !hasRole(user, 'specialist')) throw ruleViolation('NOT_A_SPECIALIST', 'Chuyên viên theo dõi phải là một chuyên viên của Văn phòng', field);
  return user.id;
}

/** A leader of the Committee or of the Office: who presides a meeting or directs a task. */
export function requireLeader(userId: unknown, organisation: Organisation, field: string, rule: string): string {
  const user = organisation.users.find((u) => u.id === userId);
  if (!user || !hasRole(user, 'committee_chairman', 'committee_vice_chairman', 'office_chief', 'office_deputy_chief')) {
    throw ruleViolation(rule, 'Người được ghi phải là lãnh đạo UBND tỉnh hoặc lãnh đạo Văn phòng', field);
  }
  return user.id;
}

/** A directive's terms: content, one lead agency, co-agencies, a due date (not past) or periodic reporting, the follow-up specialist. */
export function directiveTermsOf(input: DirectiveInput, organisation: Organisation, now: string, at = ''): DirectiveTerms {
  const content = requireText(input?.content, `${at}content`, 'CONTENT_REQUIRED', 'Cần ghi nội dung nhiệm vụ');
  const coAgencies = agencyList(input.coAgencies, `${at}coAgencies`);
  const leadAgency = leadAgencyOf(input.leadAgencies, coAgencies, at);
  const dueDate = optionalDueDate(input.dueDate, now, `${at}dueDate`);
  const reporting = input.reporting == null ? null : oneOf(input.reporting, REPORTING_PERIODS, `${at}reporting`, 'Kỳ báo cáo phải là hằng tuần, hằng tháng hoặc hằng quý');
  if ((dueDate === null) === (reporting === null)) {
    throw ruleViolation('DUE_DATE_OR_REPORTING', 'Nhiệm vụ có thời hạn hoàn thành hoặc là nhiệm vụ báo cáo định kỳ (một trong hai)', `${at}dueDate`);
  }
  const followUpSpecialistId = requireSpecialist(input.followUpSpecialistId, organisation, `${at}followUpSpecialistId`);
  return { content, leadAgency, coAgencies, dueDate, reporting, followUpSpecialistId };
}

/** Every task cites its source document: kind, id, số và ký hiệu, date (DIRECTIVE_SOURCE_REQUIRED). */
export function directiveSourceOf(input: unknown, now: string): DirectiveSource {
  const source = (input ?? {}) as Record<string, unknown>;
  const required = (value: unknown, field: string) => requireText(value, `source.${field}`, 'DIRECTIVE_SOURCE_REQUIRED', 'Nhiệm vụ phải ghi rõ văn bản nguồn (loại, số và ký hiệu, ngày)');
  required(source.kind, 'kind');
  const kind = oneOf(source.kind, DIRECTIVE_SOURCE_KINDS, 'source.kind', 'Văn bản nguồn phải là thông báo kết luận, quyết định, công văn hoặc ý kiến chỉ đạo trên văn bản đến');
  const date = requireLocalDate(source.date, 'source.date');
  if (date > localDateOf(now)) throw ruleViolation('SOURCE_DATE_IN_FUTURE', 'Ngày của văn bản nguồn không được sau hôm nay', 'source.date');
  return { kind, documentId: required(source.documentId, 'documentId'), symbol: required(source.symbol, 'symbol'), date };
}
