import { localDateOf } from '../calendar';
import { notFound, oneOf, requireLocalDate, requireText, ruleViolation, textList, wrongState } from '../shared';
import { legalUpdateDue } from './quality.clock';
import { LEGAL_CHANGE_STATUS_LABELS } from './quality.labels';
import { requireCatalogued, type Catalogue } from './quality.references';
import { requireIsoSecretary } from './quality.roles';
import type { AssessLegalChange, IncorporateLegalChange, LegalChangeCommand, RegisterLegalChange } from './legal-change.commands';
import { LEGAL_IMPACTS, type LegalChangeEvent } from './legal-change.events';
import type { KnownLegalChange, LegalChangeState } from './legal-change.state';

/** The catalogue procedures a command names, folded from their streams (the process register). */
export interface LegalChangeContext {
  procedures: Catalogue;
}

function known(state: LegalChangeState): KnownLegalChange {
  if (state.status === 'none') throw notFound('Không tìm thấy thay đổi văn bản pháp luật', 'id');
  return state;
}

function register(command: RegisterLegalChange, state: LegalChangeState, { procedures }: LegalChangeContext): LegalChangeEvent[] {
  if (state.status !== 'none') throw wrongState('Thay đổi văn bản pháp luật này đã được ghi nhận', 'ALREADY_REGISTERED');
  requireIsoSecretary(command.actor, 'ghi nhận thay đổi văn bản pháp luật');
  const docSymbol = requireText(command.docSymbol, 'docSymbol', 'REQUIRED', 'Cần ghi số, ký hiệu văn bản pháp luật');
  const excerpt = requireText(command.excerpt, 'excerpt', 'REQUIRED', 'Cần ghi trích yếu văn bản pháp luật');
  const issuedOn = requireLocalDate(command.issuedOn, 'issuedOn');
  const effectiveFrom = requireLocalDate(command.effectiveFrom, 'effectiveFrom');
  if (effectiveFrom < issuedOn) throw ruleViolation('EFFECTIVE_BEFORE_ISSUED', 'Ngày có hiệu lực không được trước ngày ban hành', 'effectiveFrom');
  const procedureCodes = textList(command.procedureCodes, 'procedureCodes', 'PROCEDURES_REQUIRED', 'Cần ghi ít nhất một thủ tục (quy trình) chịu tác động');
  requireCatalogued(procedureCodes, procedures, 'procedureCodes');
  const by = command.actor.userId;
  return [{ type: 'LegalChangeRegistered', data: { docSymbol, excerpt, issuedOn, effectiveFrom, dueOn: legalUpdateDue(effectiveFrom), procedureCodes, by, at: command.now } }];
}

function assess(command: AssessLegalChange, state: LegalChangeState): LegalChangeEvent[] {
  const change = known(state);
  requireIsoSecretary(command.actor, 'đánh giá tác động của văn bản pháp luật');
  if (change.status !== 'registered') throw wrongState(`Văn bản ${change.docSymbol} đã được đánh giá tác động`, 'ALREADY_ASSESSED');
  const impact = oneOf(command.impact, LEGAL_IMPACTS, 'impact', 'Kết quả đánh giá phải là none (không phải sửa quy trình) hoặc revise (phải sửa)');
  const note = requireText(command.note, 'note', 'REQUIRED', 'Cần ghi nhận xét đánh giá tác động');
  return [{ type: 'LegalChangeAssessed', data: { impact, note, by: command.actor.userId, at: command.now } }];
}

/**
 * The change is in the system once the head has approved a version of the procedure that cites
 * the legal document among its legal bases: the approval's day is the day the clock stops.
 */
function incorporate(command: IncorporateLegalChange, state: LegalChangeState, { procedures }: LegalChangeContext): LegalChangeEvent[] {
  const change = known(state);
  requireIsoSecretary(command.actor, 'ghi nhận cập nhật quy trình theo văn bản pháp luật');
  if (change.status !== 'revising') throw wrongState(`Văn bản ${change.docSymbol} không ở bước cập nhật quy trình (${LEGAL_CHANGE_STATUS_LABELS[change.status]})`, 'NOT_REVISING');
  const { procedureCode } = command;
  if (!change.procedureCodes.includes(procedureCode)) {
    throw ruleViolation('PROCEDURE_NOT_AFFECTED', `Thủ tục ${procedureCode} không nằm trong các thủ tục chịu tác động của văn bản ${change.docSymbol}`, 'procedureCode');
  }
  if (change.incorporations.some((i) => i.procedureCode === procedureCode)) throw wrongState(`Thủ tục ${procedureCode} đã được cập nhật theo văn bản này`, 'ALREADY_INCORPORATED');
  const procedure = procedures.get(procedureCode);
  // An administrative procedure's version or an internal process's: both carry their approval and legal bases.
  const versions: ReadonlyArray<{ version: number; approval: { at: string } | null; legalBasis: readonly string[] }> = procedure && procedure.status !== 'none' ? procedure.versions : [];
  const version = versions.find((v) => v.version === command.version);
  if (!version) throw notFound(`Thủ tục ${procedureCode} không có phiên bản ${command.version}`, 'version');
  if (!version.approval) {
    throw ruleViolation('PROCESS_NOT_APPROVED', `Phiên bản ${version.version} của thủ tục ${procedureCode} chưa được Chánh Văn phòng phê duyệt`, 'version');
  }
  if (!version.legalBasis.some((basis) => basis.includes(change.docSymbol))) {
    throw ruleViolation('LEGAL_BASIS_NOT_CITED', `Căn cứ pháp lý của phiên bản ${version.version} không nêu văn bản ${change.docSymbol}`, 'version');
  }
  const approvedOn = localDateOf(version.approval.at);
  return [{ type: 'LegalChangeIncorporated', data: { procedureCode, version: version.version, approvedOn, by: command.actor.userId, at: command.now } }];
}

/** The decider of a legal change (stream `legalChangeStreamName(id)`). */
export function decideLegalChange(command: LegalChangeCommand, state: LegalChangeState, context: LegalChangeContext): LegalChangeEvent[] {
  switch (command.type) {
    case 'register':
      return register(command, state, context);
    case 'assess':
      return assess(command, state);
    case 'incorporate':
      return incorporate(command, state, context);
  }
}
