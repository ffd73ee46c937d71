import { ABSENCE_KINDS, ABSENCE_STATUSES, HALVES } from '@office/domain';
import { Answers, arrayOf, bool, day, instant, listOf, named, nullable, num, object, oneOf, projected, text, uuid } from '../../http/open-api-schemas';
import { PROPOSAL } from '../../delegations/propose-delegation/propose-delegation.route';

const STAMP = { by: uuid, at: instant };
const PERIOD = { from: day, fromHalf: oneOf(...HALVES), to: day, toHalf: oneOf(...HALVES) };

export const ABSENCE = named(
  'Absence',
  object({
    id: uuid,
    requester: object({ id: uuid, name: nullable(text()), departmentId: nullable(uuid) }),
    kind: oneOf(...ABSENCE_KINDS),
    ...PERIOD,
    workingDays: { ...num, description: 'working days with the approved calendar, in halves' },
    reason: text(),
    place: nullable(text()),
    route: oneOf('department_head', 'office_chief', 'recorded'),
    status: oneOf(...ABSENCE_STATUSES),
    requestedBy: uuid,
    requestedAt: instant,
    decision: nullable(object({ approved: bool, note: nullable(text()), ...STAMP })),
    cancellation: nullable(object({ reason: text(), ...STAMP })),
    cutShort: nullable(object({ plannedTo: day, plannedToHalf: oneOf(...HALVES), ...STAMP })),
    delegationId: nullable({ ...uuid, description: 'the KT. delegation confirmed from this absence' }),
    actions: arrayOf(oneOf('approve', 'refuse', 'cancel', 'cut-short')),
  }),
);

/** On the month's calendar, for everyone: who, what kind, when (not the reason). */
const CALENDAR_ENTRY = object({ id: uuid, requester: object({ id: uuid, name: nullable(text()), departmentId: nullable(uuid) }), kind: oneOf(...ABSENCE_KINDS), ...PERIOD, place: nullable(text()), status: oneOf('approved', 'recorded') });

const HELD_ITEM = object({ key: text('the stream: document-<uuid>, dossier-<uuid> …'), kind: text(), label: text(), step: text(), link: nullable(text()), due: nullable(day), reassignable: bool });

export const AnswersAbsenceList = () => Answers(listOf(ABSENCE));
export const AnswersAbsence = () => Answers(projected({ absence: ABSENCE, delegationProposal: nullable(PROPOSAL) }));
export const AnswersAbsenceCalendar = () => Answers(projected({ month: text('YYYY-MM'), from: day, to: day, items: arrayOf(CALENDAR_ENTRY) }));
export const AnswersAwayToday = () => Answers(projected({ date: day, items: arrayOf(object({ absence: ABSENCE, waiting: arrayOf(HELD_ITEM) })) }));
export const AnswersDelegationProposals = () => Answers(listOf(object({ absence: ABSENCE, proposal: PROPOSAL })));
