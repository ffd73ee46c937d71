import { onto, stream, type GoldenDecision } from '../../testing/golden-events/golden-decisions';
import { decideDossierAttachment } from '../dossier.attachments';
import type { DossierCommand, ReceptionCommand } from '../dossier.commands';
import { decideDossier } from '../dossier.decide';
import { evolveDossier, initialDossierState } from '../dossier.state';
import { decideReception } from '../reception.decide';
import { evolveReception, initialReceptionState } from '../reception.state';
import { actor, CONTEXT, cmd as dossier, DOSSIER_ID, PROCEDURE_CODE, T, vn } from './dossier-fixtures';

/* One event of every type a dossier's and a reception's streams hold, from the dossier decider tests' fixed inputs. */

const dossiers = (...commands: DossierCommand[]) => stream((c, s) => decideDossier(c, s, CONTEXT), evolveDossier, initialDossierState, commands);
const receptions = (...commands: ReceptionCommand[]) => stream((c, s) => decideReception(c, s, CONTEXT), evolveReception, initialReceptionState, commands);

function paths(): GoldenDecision[] {
  const desk = { dossierId: DOSSIER_ID, actor: actor('motcua1'), now: vn('2025-04-24', '09:30') };
  const withSpecialist = [dossier.receive(), dossier.transfer(), dossier.assign()];
  const submitted = [...withSpecialist, dossier.appraise(), dossier.submit()];
  const returned = [...submitted, dossier.initial(), dossier.sign(), dossier.issue(), dossier.resultAtDesk(), dossier.return()];
  return [
    ...dossiers(...returned, { ...desk, type: 'satisfaction', now: T.returned, score: 5, answers: { 'Thái độ phục vụ': 'Tốt' } }),
    ...dossiers(
      { ...desk, type: 'submit-online', now: vn('2025-04-23', '21:00'), procedureCode: PROCEDURE_CODE, applicant: { name: 'Trần Thị Hoa' }, items: dossier.receive().items, portalRef: 'G22.99-250423-000123' },
      dossier.receive({ channel: 'online' }),
    ),
    ...dossiers(...withSpecialist, dossier.requestSupplement({ now: vn('2025-04-25', '09:00') }), dossier.receiveSupplement()),
    ...dossiers(
      ...withSpecialist,
      { type: 'request-opinion', dossierId: DOSSIER_ID, actor: actor('cv.kt1'), now: T.appraised, partner: 'Sở Tài chính', request: 'Đề nghị cho ý kiến về năng lực tài chính', dueDate: '2025-05-06' },
      { type: 'receive-opinion', dossierId: DOSSIER_ID, actor: actor('motcua1'), now: vn('2025-05-05'), partner: 'Sở Tài chính', opinion: 'Thống nhất' },
    ),
    ...dossiers(...submitted, dossier.initial({ agree: false, note: 'Bổ sung căn cứ pháp lý' })),
    ...dossiers(...submitted, dossier.initial(), dossier.sign({ decision: 'rejected', note: 'Chưa đủ căn cứ' })),
    ...dossiers(...withSpecialist, dossier.apologise()),
    ...dossiers(...withSpecialist, { type: 'stop', dossierId: DOSSIER_ID, actor: actor('pho.chanh.vp.kt'), now: vn('2025-04-28'), reason: 'Người nộp đề nghị dừng giải quyết' }),
    ...dossiers(dossier.receive(), { ...desk, type: 'withdraw', now: vn('2025-04-28'), reason: 'Người nộp xin rút hồ sơ' }),
    ...dossiers(
      dossier.receive(),
      { ...desk, type: 'fees', amountVnd: 50000 },
      { ...desk, type: 'payments', method: 'online' },
      { ...desk, type: 'digitise', items: ['Văn bản đề nghị'] },
    ),
  ];
}

function atReception(): GoldenDecision[] {
  const slip = { receptionId: 'r-1', slipNumber: 'VPUB-P-250424-0001', procedureCode: PROCEDURE_CODE, applicant: { name: 'Lê Văn Tâm' }, actor: actor('motcua1'), now: T.received };
  return [
    ...receptions({ ...slip, type: 'request-supplement-at-reception', missing: [{ item: 'Văn bản đề nghị', reason: 'Chưa có chữ ký' }] }),
    ...receptions({ ...slip, type: 'refuse-reception', reason: 'Không thuộc thẩm quyền giải quyết', legalBasis: 'Điều 9 Nghị định 61/2018/NĐ-CP' }),
  ];
}

/** An item's scan attached to a received dossier (the attachment decider sits beside the main one). */
function attached(): GoldenDecision[] {
  const before = decideDossier(dossier.receive(), initialDossierState, CONTEXT).reduce(evolveDossier, initialDossierState);
  const file = { sha256: 'a3f1'.repeat(16), name: 'Văn bản đề nghị.pdf', mediaType: 'application/pdf', size: 48213 };
  const command = { dossierId: DOSSIER_ID, attachmentId: '9b2e0c1d-0000-4000-8000-0000000000d1', purpose: 'item' as const, itemCode: 'Văn bản đề nghị', file, actor: actor('motcua1'), now: T.received };
  return onto(evolveDossier, before, decideDossierAttachment(command, before, CONTEXT.organisation));
}

export const dossierGoldenDecisions = (): GoldenDecision[] => [...paths(), ...atReception(), ...attached()];
