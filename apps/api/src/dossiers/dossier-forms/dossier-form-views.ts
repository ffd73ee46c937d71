import {
  hasRole, isOpened, notFound, type DossierState, type OpenedDossier, type Organisation, type ReceptionState, type User,
} from '@office/domain';
import { DEMO_OFFICE, type DossierFormKind, type DossierFormViews, type FormViewBase, type LetterSigner } from '@office/forms';

/*
 * The printed forms' view models, built from a dossier's (or a reception slip's) folded state:
 * ids become the names the organisation gives them. A form the dossier has not reached (no
 * apology given, processing not stopped) is 404: there is nothing to print.
 */

const base = (ruleSet: FormViewBase['ruleSet']): FormViewBase => ({ office: DEMO_OFFICE, ruleSet });

class Names {
  constructor(private readonly organisation: Organisation) {}
  user(id: string | null | undefined): User | undefined {
    return this.organisation.users.find((user) => user.id === id);
  }
  person(id: string | null | undefined): string {
    return this.user(id)?.fullName ?? '';
  }
  unit(id: string | null | undefined): string {
    return this.organisation.departments.find((department) => department.id === id)?.name ?? '';
  }
  /** "Full name, department" of a user, or the unit alone. */
  holder(userId: string | null, unitId: string | null): string {
    const person = this.person(userId);
    const unit = this.unit(unitId ?? this.user(userId)?.departmentId);
    return [person, unit].filter((part) => part.length > 0).join(', ');
  }
  /** Who signs a letter of the office: the position above, the name below (a deputy signs on the chief's behalf). */
  signer(id: string | null | undefined): LetterSigner {
    const user = this.user(id) ?? this.organisation.users.find((u) => hasRole(u, 'office_chief'));
    const position = user && hasRole(user, 'office_deputy_chief') && !hasRole(user, 'office_chief') ? 'KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG' : 'CHÁNH VĂN PHÒNG';
    return { position, name: user?.fullName ?? '' };
  }
}

function nothingToPrint(what: string): never {
  throw notFound(`Hồ sơ chưa có ${what} để in`, 'form');
}

type ViewBuilder<K extends DossierFormKind> = (dossier: OpenedDossier, names: Names, lookupBaseUrl: string) => DossierFormViews[K];

const DOSSIER_VIEWS: { [K in DossierFormKind]: ViewBuilder<K> } = {
  'appointment-slip': (d, names, lookupBaseUrl) => ({
    ...base(d.ruleSet),
    dossierCode: d.code,
    pin: d.pin,
    lookupBaseUrl,
    procedure: d.procedure,
    applicant: d.applicant,
    items: d.items,
    sets: d.sets,
    receivedAt: d.receivedAt,
    dueDate: (d.dueHistory[0]?.due ?? d.due).due,
    registerBook: d.registerBook,
    sequence: d.sequence,
    receivedBy: names.person(d.receivedBy),
  }),
  'supplement-request': (d, names) => {
    const supplement = d.supplements.at(-1) ?? nothingToPrint('thông báo bổ sung hồ sơ');
    const officer = names.user(supplement.requestedBy);
    return {
      ...base(d.ruleSet), slipNumber: null, dossierCode: d.code, issuedAt: supplement.requestedAt, procedure: d.procedure, applicant: d.applicant,
      missing: supplement.missing, officer: { name: officer?.fullName ?? '', phone: null },
    };
  },
  // Mẫu 03 for an opened dossier: the appraisal found it not eligible.
  refusal: (d, names) => {
    const appraisal = d.appraisal?.outcome === 'not_eligible' ? d.appraisal : nothingToPrint('kết luận từ chối giải quyết');
    return {
      ...base(d.ruleSet), slipNumber: null, dossierCode: d.code, issuedAt: appraisal.at, procedure: d.procedure, applicant: d.applicant,
      reason: appraisal.findings, legalBasis: appraisal.note ?? '', officer: names.person(appraisal.by),
    };
  },
  apology: (d, names) => {
    const apology = d.apologies.at(-1) ?? nothingToPrint('văn bản xin lỗi');
    return {
      ...base(d.ruleSet), documentNumber: null, issuedAt: apology.at, dossierCode: d.code, procedure: d.procedure, applicant: d.applicant,
      receivedAt: d.receivedAt, previousDueDate: apology.previousDueDate, newDueDate: apology.newDueDate, reason: apology.reason, signer: names.signer(null),
    };
  },
  'stop-notice': (d, names) => {
    const ending = d.status === 'stopped' && d.ending ? d.ending : nothingToPrint('thông báo dừng giải quyết');
    return {
      ...base(d.ruleSet), documentNumber: null, issuedAt: ending.at, dossierCode: d.code, procedure: d.procedure, applicant: d.applicant,
      receivedAt: d.receivedAt, reason: ending.reason, signer: names.signer(ending.by),
    };
  },
  'control-sheet': (d, names) => ({
    ...base(d.ruleSet),
    dossierCode: d.code,
    procedure: d.procedure,
    applicant: d.applicant,
    receivedAt: d.receivedAt,
    dueDate: (d.dueHistory[0]?.due ?? d.due).due,
    handlingAgency: names.unit(d.handlingUnitId) || names.unit(d.holder.unitId) || DEMO_OFFICE.fullName,
    partnerAgencies: [...new Set(d.opinions.map((opinion) => opinion.partner))],
    rows: d.handovers.map((handover) => ({
      handover,
      from: names.holder(handover.fromUserId, handover.fromUnitId),
      to: names.holder(handover.toUserId, handover.toUnitId) || DEMO_OFFICE.deskName,
      note: null,
    })),
  }),
};

/** The view of `kind` for a received dossier; the slip's QR code points at `lookupBaseUrl`. */
export function dossierFormView<K extends DossierFormKind>(kind: K, state: DossierState, organisation: Organisation, lookupBaseUrl: string): DossierFormViews[K] {
  if (!isOpened(state)) nothingToPrint('giấy tiếp nhận (hồ sơ chưa được tiếp nhận)');
  return DOSSIER_VIEWS[kind](state, new Names(organisation), lookupBaseUrl);
}

export const RECEPTION_FORM_KINDS = ['supplement-request', 'refusal'] as const satisfies readonly DossierFormKind[];
export type ReceptionFormKind = (typeof RECEPTION_FORM_KINDS)[number];

type ReceptionViewBuilder<K extends ReceptionFormKind> = (slip: ReceptionState, names: Names) => DossierFormViews[K];

function notThisSlip(): never {
  throw notFound('Lần tiếp nhận này không có phiếu đó', 'form');
}

const RECEPTION_VIEWS: { [K in ReceptionFormKind]: ReceptionViewBuilder<K> } = {
  'supplement-request': (slip, names) => {
    if (slip.status !== 'supplement_requested') notThisSlip();
    return {
      ...base(slip.ruleSet), slipNumber: slip.slipNumber, dossierCode: null, issuedAt: slip.at, procedure: { code: slip.procedureCode, name: slip.procedureName },
      applicant: slip.applicant, missing: slip.missing, officer: { name: names.person(slip.by), phone: null },
    };
  },
  refusal: (slip, names) => {
    if (slip.status !== 'refused') notThisSlip();
    return {
      ...base(slip.ruleSet), slipNumber: slip.slipNumber, dossierCode: null, issuedAt: slip.at, procedure: { code: slip.procedureCode, name: slip.procedureName },
      applicant: slip.applicant, reason: slip.reason, legalBasis: slip.legalBasis, officer: names.person(slip.by),
    };
  },
};

/** Mẫu 02 or Mẫu 03 as given at the desk, each only for the slip it is. */
export function receptionFormView<K extends ReceptionFormKind>(kind: K, slip: ReceptionState, organisation: Organisation): DossierFormViews[K] {
  return RECEPTION_VIEWS[kind](slip, new Names(organisation));
}
