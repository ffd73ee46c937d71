import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { VIETNAM_CALENDAR } from '../calendar';
import { deciderSpec } from '../testing/given-when-then';
import type { RefuseReception, RequestSupplementAtReception, SubmitDossierOnline } from './dossier.commands';
import { decideDossier } from './dossier.decide';
import { CONTEXT, DOSSIER_ID, PROCEDURE_CODE, actor, cmd, given, givenWith, historyUntil, procedure, T, userId, version, vn } from './testing/dossier-fixtures';
import { dossierStateFrom, evolveDossier, initialDossierState } from './dossier.state';
import { decideReception } from './reception.decide';
import { evolveReception, initialReceptionState } from './reception.state';

const DUE = { due: '2025-05-05', calendarVersion: VIETNAM_CALENDAR.version };

describe('receive (tiếp nhận, Mẫu 01)', () => {
  it('records the version in force, the rule set, the due date and the slip', () => {
    const { state } = given([]).when(cmd.receive()).then([
      {
        type: 'DossierReceived',
        data: {
          dossierId: DOSSIER_ID,
          code: 'VPUB-250424-0001',
          registerBook: 2025,
          sequence: 1,
          procedure: {
            code: PROCEDURE_CODE,
            name: 'Cấp Giấy chứng nhận đăng ký đầu tư',
            fieldCode: 'KH-DT',
            version: 1,
            ruleSet: 'nd61-2018',
            statutoryDays: 5,
            cutoffHour: 15,
            supplementPolicy: 'restart',
            steps: version().steps,
            feeVnd: 50000,
            onlineLevel: 'partial',
            resultType: 'Quyết định',
          },
          ruleSet: 'nd61-2018',
          applicant: { name: 'Công ty TNHH Minh Phát', idNumber: '0101234567', address: '12 Lê Lợi, Hà Nội', phone: '0912345678', email: null },
          items: cmd.receive().items,
          sets: 1,
          channel: 'direct',
          receivedAt: T.received,
          countsFrom: '2025-04-24',
          due: DUE,
          pin: '482915',
          by: userId('motcua1'),
          at: T.received,
        },
      },
    ]);
    expect(state).toMatchObject({ status: 'received', holder: { unitId: null, userId: userId('motcua1') }, currentStep: { no: 1, startedAt: T.received }, path: [userId('motcua1')] });
  });

  it('after the cut-off (Thu 24/4/2025 16:00) counts from Fri 25/4: due Tue 6/5 (Sat 26/4 worked, 30/4–2/5 off)', () => {
    const late = vn('2025-04-24', '16:00');
    const [event] = decideDossier(cmd.receive({ now: late }), initialDossierState, CONTEXT);
    expect(event.data).toMatchObject({ countsFrom: '2025-04-25', due: { due: '2025-05-06' } });
  });

  it('uses receivedAt when given (a dossier received by post and registered later), never after now', () => {
    const [event] = decideDossier(cmd.receive({ receivedAt: vn('2025-04-24', '08:30'), now: vn('2025-04-24', '11:00') }), initialDossierState, CONTEXT);
    expect(event.data).toMatchObject({ receivedAt: vn('2025-04-24', '08:30'), at: vn('2025-04-24', '11:00') });
    given([]).when(cmd.receive({ receivedAt: vn('2025-04-24', '10:00') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'RECEIVED_IN_FUTURE', field: 'receivedAt' });
  });

  it('2026 edge days: after the cut-off before Tết (Thu 12/2 → counts from Fri 13/2, 16–20/2 off: due Fri 27/2)', () => {
    const now = vn('2026-02-12', '15:30');
    const [event] = decideDossier(cmd.receive({ now, code: 'VPUB-260212-0001', registerBook: 2026 }), initialDossierState, CONTEXT);
    expect(event.data).toMatchObject({ ruleSet: 'nd118-2025', countsFrom: '2026-02-13', due: { due: '2026-02-27' } });
  });

  it('2026 edge days: after the cut-off on Thu 20/8 (Sat 22/8 worked, Mon 31/8 – Wed 2/9 off: due Thu 3/9)', () => {
    const now = vn('2026-08-20', '16:00');
    const [event] = decideDossier(cmd.receive({ now, code: 'VPUB-260820-0007', registerBook: 2026, sequence: 7 }), initialDossierState, CONTEXT);
    // Counts from Fri 21/8: Sat 22, Mon 24, Tue 25, Wed 26, Thu 27 → 5 working days.
    expect(event.data).toMatchObject({ countsFrom: '2026-08-21', due: { due: '2026-08-27' } });
    const ten = decideDossier(cmd.receive({ now, code: 'VPUB-260820-0007', registerBook: 2026, sequence: 7 }), initialDossierState, {
      ...CONTEXT,
      procedure: procedure(version({ statutoryDays: 7 })),
    });
    expect(ten[0].data).toMatchObject({ due: { due: '2026-09-03' } });
  });

  it('records the rule set of the day: NĐ 118/2025 from 1/7/2025', () => {
    const [event] = decideDossier(cmd.receive({ now: vn('2025-07-01'), code: 'VPUB-250701-0001' }), initialDossierState, CONTEXT);
    expect(event.data).toMatchObject({ ruleSet: 'nd118-2025', procedure: { ruleSet: 'nd118-2025' } });
  });

  it('only the one-stop officer receives (ONESTOP_ONLY_DESK)', () => {
    given([]).when(cmd.receive({ actor: actor('vanthu1') })).thenThrows({ code: 'FORBIDDEN', rule: 'ONESTOP_ONLY_DESK' });
  });

  it('a second receive is the wrong state', () => {
    given(historyUntil('received')).when(cmd.receive()).thenThrows({ code: 'WRONG_STATE' });
  });

  it('a mandatory item missing is CHECKLIST_INCOMPLETE, naming every missing item with its reason (for Mẫu 02)', () => {
    const error = given([])
      .when(cmd.receive({ items: [{ name: 'văn bản  đề nghị', form: 'copy', quantity: 1 }, { name: 'Bản sao giấy tờ pháp lý của nhà đầu tư', form: 'original', quantity: 1 }] }))
      .thenThrows({ code: 'RULE_VIOLATION', rule: 'CHECKLIST_INCOMPLETE', field: 'items' });
    expect(error.details).toEqual({
      missing: [
        { item: 'Văn bản đề nghị', reason: 'Cần bản chính' },
        { item: 'Bản sao giấy tờ pháp lý của nhà đầu tư', reason: 'Cần 2 bản bản sao chứng thực, mới nộp 1' },
      ],
    });
    expect(error.message).toContain('Văn bản đề nghị (Cần bản chính)');
    const absent = given([]).when(cmd.receive({ items: [{ name: 'Văn bản đề nghị', form: 'original', quantity: 1 }] })).thenThrows({ rule: 'CHECKLIST_INCOMPLETE', code: 'RULE_VIOLATION' });
    expect(absent.details).toEqual({ missing: [{ item: 'Bản sao giấy tờ pháp lý của nhà đầu tư', reason: 'Chưa nộp' }] });
  });

  it('an original serves for a certified copy; an optional item may be missing; names match whatever the case and spacing', () => {
    const items = [{ name: ' VĂN BẢN ĐỀ NGHỊ ', form: 'original' as const, quantity: 1 }, { name: 'Bản sao giấy tờ pháp lý của nhà đầu tư', form: 'original' as const, quantity: 2 }];
    expect(decideDossier(cmd.receive({ items }), initialDossierState, CONTEXT)).toHaveLength(1);
  });

  it('refuses a procedure not in the catalogue (404), a version not in force, a process not approved', () => {
    given([]).when(cmd.receive({ procedureCode: '1.000001' })).thenThrows({ code: 'NOT_FOUND', field: 'procedureCode' });
    givenWith({ procedure: null })([]).when(cmd.receive()).thenThrows({ code: 'NOT_FOUND' });
    givenWith({ procedure: procedure(version({ effectiveFrom: '2025-06-01' })) })([]).when(cmd.receive()).thenThrows({ code: 'RULE_VIOLATION', rule: 'PROCEDURE_VERSION_NOT_IN_FORCE' });
    givenWith({ procedure: procedure(version({ approval: null })) })([]).when(cmd.receive()).thenThrows({ code: 'RULE_VIOLATION', rule: 'PROCESS_NOT_APPROVED' });
  });

  it('takes the version in force on the day of receipt', () => {
    const versions = procedure(version({ effectiveTo: '2025-06-30' }), version({ version: 2, effectiveFrom: '2025-07-01', statutoryDays: 3 }));
    const [event] = decideDossier(cmd.receive({ now: vn('2025-07-01'), code: 'VPUB-250701-0001' }), initialDossierState, { ...CONTEXT, procedure: versions });
    expect(event.data).toMatchObject({ procedure: { version: 2, statutoryDays: 3 }, due: { due: '2025-07-04' } });
  });

  it('the code, the register book and the sequence must agree with the day of receipt', () => {
    given([]).when(cmd.receive({ code: 'VPUB-250425-0001' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'CODE_MISMATCH', field: 'code' });
    given([]).when(cmd.receive({ registerBook: 2024 })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REGISTER_BOOK_MISMATCH' });
    given([]).when(cmd.receive({ sequence: 0 })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_SEQUENCE' });
  });

  it('validates the applicant, the items, the channel, the sets and the PIN', () => {
    given([]).when(cmd.receive({ applicant: { name: '  ' } })).thenThrows({ rule: 'APPLICANT_NAME_REQUIRED', field: 'applicant.name', code: 'RULE_VIOLATION' });
    given([]).when(cmd.receive({ applicant: { name: 'A', phone: '0'.repeat(21) } })).thenThrows({ rule: 'TEXT_TOO_LONG', field: 'applicant.phone', code: 'RULE_VIOLATION' });
    given([]).when(cmd.receive({ items: [] })).thenThrows({ rule: 'ITEMS_REQUIRED', code: 'RULE_VIOLATION' });
    given([]).when(cmd.receive({ items: [{ name: 'Văn bản đề nghị', form: 'scan' as never, quantity: 1 }] })).thenThrows({ rule: 'INVALID_VALUE', field: 'items[0].form', code: 'RULE_VIOLATION' });
    given([]).when(cmd.receive({ items: [{ name: 'Văn bản đề nghị', form: 'original', quantity: 1.5 }] })).thenThrows({ rule: 'INVALID_QUANTITY', code: 'RULE_VIOLATION' });
    given([]).when(cmd.receive({ channel: 'fax' as never })).thenThrows({ rule: 'INVALID_VALUE', field: 'channel', code: 'RULE_VIOLATION' });
    given([]).when(cmd.receive({ sets: 0 })).thenThrows({ rule: 'INVALID_SETS', code: 'RULE_VIOLATION' });
    given([]).when(cmd.receive({ pin: '' })).thenThrows({ rule: 'REQUIRED', field: 'pin', code: 'RULE_VIOLATION' });
    given([]).when(cmd.receive({ now: 'yesterday' })).thenThrows({ rule: 'INVALID_INSTANT', code: 'RULE_VIOLATION' });
  });
});

describe('submit-online, then receive (hồ sơ nộp trực tuyến)', () => {
  const online: SubmitDossierOnline = {
    type: 'submit-online',
    dossierId: DOSSIER_ID,
    actor: actor('motcua1'),
    now: vn('2025-04-23', '21:00'),
    procedureCode: PROCEDURE_CODE,
    applicant: { name: 'Trần Thị Hoa' },
    items: cmd.receive().items,
    portalRef: 'G22.99-250423-000123',
  };

  it('records what the portal sent; the desk then receives it online, keeping the portal reference', () => {
    const { events } = given([]).when(online).then([
      {
        type: 'DossierSubmittedOnline',
        data: {
          dossierId: DOSSIER_ID,
          procedureCode: PROCEDURE_CODE,
          applicant: { name: 'Trần Thị Hoa', idNumber: null, address: null, phone: null, email: null },
          items: cmd.receive().items,
          portalRef: 'G22.99-250423-000123',
          submittedAt: online.now,
          by: userId('motcua1'),
          at: online.now,
        },
      },
    ]);
    given(events).when(cmd.receive({ channel: 'direct' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'CHANNEL_MISMATCH' });
    const [received] = decideDossier(cmd.receive({ channel: 'online' }), dossierStateFrom(events), CONTEXT);
    expect(evolveDossier(dossierStateFrom(events), received)).toMatchObject({ status: 'received', channel: 'online', portalRef: 'G22.99-250423-000123' });
  });

  it('needs a procedure of the catalogue and the portal reference', () => {
    given([]).when({ ...online, procedureCode: '1.000001' }).thenThrows({ code: 'NOT_FOUND' });
    given([]).when({ ...online, portalRef: ' ' }).thenThrows({ code: 'RULE_VIOLATION', rule: 'REQUIRED', field: 'portalRef' });
    given(historyUntil('received')).when(online).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('reception slips without a dossier (stream reception-<id>)', () => {
  const givenSlip = deciderSpec({ decide: decideReception, evolve: evolveReception, initialState: initialReceptionState }, CONTEXT);
  const slip = { receptionId: 'r-1', slipNumber: 'VPUB-P-250424-0001', procedureCode: PROCEDURE_CODE, applicant: { name: 'Lê Văn Tâm' }, actor: actor('motcua1'), now: T.received };
  const stamp = {
    receptionId: 'r-1',
    slipNumber: 'VPUB-P-250424-0001',
    procedureCode: PROCEDURE_CODE,
    procedureName: 'Cấp Giấy chứng nhận đăng ký đầu tư',
    ruleSet: 'nd61-2018' as const,
    applicant: { name: 'Lê Văn Tâm', idNumber: null, address: null, phone: null, email: null },
    by: userId('motcua1'),
    at: T.received,
  };
  const supplement: RequestSupplementAtReception = { ...slip, type: 'request-supplement-at-reception', missing: [{ item: 'Văn bản đề nghị', reason: 'Chưa có chữ ký' }] };
  const refusal: RefuseReception = { ...slip, type: 'refuse-reception', reason: 'Không thuộc thẩm quyền giải quyết', legalBasis: 'Điều 9 Nghị định 61/2018/NĐ-CP' };

  it('Mẫu 02: every missing item with its reason', () => {
    const { state } = givenSlip([]).when(supplement).then([{ type: 'SupplementRequestedAtReception', data: { ...stamp, missing: [{ item: 'Văn bản đề nghị', reason: 'Chưa có chữ ký' }] } }]);
    expect(state.status).toBe('supplement_requested');
  });

  it('Mẫu 03: the reason and the legal basis', () => {
    givenSlip([]).when(refusal).then([{ type: 'ReceptionRefused', data: { ...stamp, reason: refusal.reason, legalBasis: refusal.legalBasis } }]);
    givenSlip([]).when({ ...refusal, legalBasis: '' }).thenThrows({ code: 'RULE_VIOLATION', rule: 'REFUSAL_REASON_REQUIRED', field: 'legalBasis' });
    givenSlip([]).when({ ...refusal, reason: '' }).thenThrows({ code: 'RULE_VIOLATION', rule: 'REFUSAL_REASON_REQUIRED', field: 'reason' });
  });

  it('only the desk gives slips; one slip per stream; the list is complete, each item once, each with a reason', () => {
    givenSlip([]).when({ ...supplement, actor: actor('cv.kt1') }).thenThrows({ code: 'FORBIDDEN', rule: 'ONESTOP_ONLY_DESK' });
    givenSlip([]).when({ ...refusal, actor: actor('vanthu1') }).thenThrows({ code: 'FORBIDDEN', rule: 'ONESTOP_ONLY_DESK' });
    const first = decideReception(supplement, initialReceptionState, CONTEXT);
    givenSlip(first).when(supplement).thenThrows({ code: 'WRONG_STATE' });
    givenSlip([]).when({ ...supplement, missing: [] }).thenThrows({ code: 'RULE_VIOLATION', rule: 'MISSING_ITEMS_REQUIRED' });
    givenSlip([]).when({ ...supplement, missing: [{ item: 'Văn bản đề nghị', reason: ' ' }] }).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED', field: 'missing[0].reason' });
    givenSlip([])
      .when({ ...supplement, missing: [{ item: 'A', reason: 'x' }, { item: 'A', reason: 'y' }] })
      .thenThrows({ code: 'RULE_VIOLATION', rule: 'DUPLICATE_ITEM', field: 'missing[1].item' });
    givenSlip([]).when({ ...supplement, procedureCode: '1.000001' }).thenThrows({ code: 'NOT_FOUND' });
  });
});
