import { roleLabel } from '@office/audit';
import {
  findDocumentType, wrongState,
  positionTitle, signerBlockLines,
  type AppraisalFindings, type DelegationKind, type DocumentEvent, type DocumentSubmitted, type Organisation, type SigningOrgan,
} from '@office/domain';
import {
  DEMO_OFFICE, type DocumentSlipKind, type DocumentSlipViews, type IncomingDocumentRef, type SlipDecision, type SlipDirection, type SlipPerson,
} from '@office/forms';

/*
 * The slips' view models, folded from a document's events: the slips show what was decided at
 * each step and by whom, also what the state forgets (a submission sent back is cleared from
 * the state, yet its slip still shows who returned it and why).
 */

/** Who signs the draft, as the slip words it. */
const SIGNING_ORGANS: Readonly<Record<SigningOrgan, string>> = { committee: 'UBND tỉnh', office: 'Văn phòng UBND tỉnh' };

type Submitted = {
  data: DocumentSubmitted['data'];
  findings: AppraisalFindings | null;
  initial: SlipDecision | null;
  decision: SlipDecision | null;
  /** The signature's capacity, when signed under a delegation (KT., TUQ.…). */
  delegated: { by: string; capacity: DelegationKind; onBehalfOfTitle: string } | null;
};

/** What the two slips need, accumulated event by event. */
type SlipFacts = {
  document: IncomingDocumentRef | null;
  registeredAt: string;
  direction: SlipDirection | null;
  assignment: DocumentSlipViews['processing-slip']['assignment'];
  findings: AppraisalFindings | null;
  submitted: Submitted | null;
};

class Names {
  constructor(private readonly organisation: Organisation) {}
  person(id: string): SlipPerson {
    const user = this.organisation.users.find((u) => u.id === id);
    return { name: user?.fullName ?? '', position: user?.roles[0] ? roleLabel(user.roles[0]) : '' };
  }
  /** A deputy who signed under a delegation: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" above their own name. */
  delegatedSigner({ by, capacity, onBehalfOfTitle }: { by: string; capacity: DelegationKind; onBehalfOfTitle: string }) {
    const user = this.organisation.users.find((u) => u.id === by);
    return { titleLines: signerBlockLines(capacity, onBehalfOfTitle, user ? positionTitle(user) : ''), person: this.person(by) };
  }
  unit(id: string): string {
    return this.organisation.departments.find((d) => d.id === id)?.name ?? '';
  }
}

function documentTypeName(code: string): string {
  // Incoming types are free text or an ND30 code; the code's name drops its "(cá biệt)" qualifier.
  return findDocumentType(code)?.name.replace(/\s*\(.*\)$/, '') ?? code;
}

function fold(events: readonly DocumentEvent[], names: Names): SlipFacts {
  const facts: SlipFacts = { document: null, registeredAt: '', direction: null, assignment: null, findings: null, submitted: null };
  const decided = (agreed: boolean, data: { by: string; at: string; note: string | null }): SlipDecision => ({ agreed, note: data.note, by: names.person(data.by), at: data.at });
  for (const event of events) {
    switch (event.type) {
      case 'DocumentReceived': {
        const d = event.data;
        facts.document = {
          incomingNumber: d.incomingNumber, incomingYear: d.incomingYear, receivedAt: d.receivedAt, source: d.source,
          documentType: documentTypeName(d.documentType), excerpt: d.excerpt, urgency: d.urgency, confidentiality: d.confidentiality,
        };
        facts.registeredAt = d.at;
        break;
      }
      case 'DocumentDistributed':
        facts.direction = { direction: event.data.direction, department: names.unit(event.data.departmentId), dueDate: event.data.dueDate, by: names.person(event.data.by), at: event.data.at };
        break;
      case 'DeadlineExtended':
        if (facts.direction) facts.direction = { ...facts.direction, dueDate: event.data.newDueDate };
        break;
      case 'DocumentReturned':
        // Misrouted: the direction and the assignment no longer hold; the next distribution replaces them.
        facts.direction = null;
        facts.assignment = null;
        break;
      case 'DocumentAssigned': {
        const d = event.data;
        const reassignedFrom = d.reassignment && d.previousSpecialistId ? { specialist: names.person(d.previousSpecialistId).name, reason: d.reason ?? '' } : null;
        facts.assignment = { specialist: names.person(d.specialistId).name, dueDate: d.dueDate, reassignedFrom, by: names.person(d.by), at: d.at };
        break;
      }
      case 'DocumentAppraised':
        facts.findings = event.data.findings;
        break;
      case 'DocumentSubmitted':
        facts.submitted = { data: event.data, findings: facts.findings, initial: null, decision: null, delegated: null };
        break;
      case 'SubmissionInitialled':
      case 'SubmissionReturned':
        if (facts.submitted) facts.submitted.initial = decided(event.type === 'SubmissionInitialled', event.data);
        break;
      case 'DocumentSigned': {
        const d = event.data;
        if (!facts.submitted) break;
        facts.submitted.decision = decided(true, d);
        facts.submitted.delegated = d.capacity !== 'own' && d.onBehalfOf ? { by: d.by, capacity: d.capacity, onBehalfOfTitle: d.onBehalfOf.title } : null;
        break;
      }
      case 'SubmissionRejected':
        if (facts.submitted) facts.submitted.decision = decided(false, event.data);
        break;
      default:
        break;
    }
  }
  return facts;
}

type SlipBuilder<K extends DocumentSlipKind> = (facts: SlipFacts & { document: IncomingDocumentRef }, names: Names) => DocumentSlipViews[K];

const SLIP_VIEWS: { [K in DocumentSlipKind]: SlipBuilder<K> } = {
  'processing-slip': (facts) => ({ office: DEMO_OFFICE, document: facts.document, registeredAt: facts.registeredAt, direction: facts.direction, assignment: facts.assignment }),
  'submission-slip': (facts, names) => {
    // 409 like a step in the wrong state: the slip comes into being with the submission.
    if (!facts.submitted) throw wrongState('Văn bản chưa được trình lãnh đạo: chưa có phiếu trình để in', 'NOT_SUBMITTED');
    const { data, findings, initial, decision, delegated } = facts.submitted;
    return {
      signer: delegated ? names.delegatedSigner(delegated) : { titleLines: [names.person(data.leaderId).position], person: names.person(data.leaderId) },
      office: DEMO_OFFICE,
      document: facts.document,
      leader: names.person(data.leaderId),
      signsAs: SIGNING_ORGANS[data.signsAs],
      draft: { documentType: documentTypeName(data.draft.documentType), excerpt: data.draft.excerpt },
      findings,
      proposal: data.proposal,
      relatedOpinions: data.relatedOpinions,
      reservedOpinion: data.reservedOpinion,
      specialist: names.person(data.by),
      submittedAt: data.at,
      head: facts.assignment?.by ?? null,
      initial,
      decision,
    };
  },
};

/** The view of `slip` for a registered document's events (read from its stream, in order). */
export function documentSlipView<K extends DocumentSlipKind>(slip: K, events: readonly DocumentEvent[], organisation: Organisation): DocumentSlipViews[K] {
  const names = new Names(organisation);
  const facts = fold(events, names);
  if (facts.document === null) throw wrongState('Văn bản chưa được đăng ký', 'NOT_REGISTERED');
  return SLIP_VIEWS[slip]({ ...facts, document: facts.document }, names);
}
