import {
  DEPARTURE_KIND_LABELS, HELD_KIND_LABELS, ITEM_OUTCOME_LABELS, handoverActions, hasRole, itemAction, stillHeld,
  type Actor, type HeldItem, type Organisation, type RecordedHandover, type Role,
} from '@office/domain';
import { DEMO_OFFICE, type HandoverRecordView, type RecordPerson } from '@office/forms';

/** Chức vụ in words, for the record and the page. */
const POSTS: Partial<Record<Role, string>> = {
  clerk: 'Văn thư', specialist: 'Chuyên viên', department_head: 'Trưởng phòng', office_deputy_chief: 'Phó Chánh Văn phòng', office_chief: 'Chánh Văn phòng',
  onestop_officer: 'Cán bộ Bộ phận một cửa', iso_secretary: 'Thư ký ISO', committee_chairman: 'Chủ tịch UBND tỉnh', committee_vice_chairman: 'Phó Chủ tịch UBND tỉnh',
};

function personOf(organisation: Organisation, userId: string | null): RecordPerson & { id: string | null } {
  const user = organisation.users.find((u) => u.id === userId);
  if (!user) return { id: userId, name: userId ?? '', post: '' };
  const department = organisation.departments.find((d) => d.id === user.departmentId);
  const post = [POSTS[user.roles[0]] ?? '', department?.name ?? ''].filter(Boolean).join(', ');
  return { id: user.id, name: user.fullName, post };
}

/** The receiving head: the head of the leaver's department (the office chief when there is none). */
function headOf(organisation: Organisation, handover: RecordedHandover) {
  const signer = handover.signatures.head?.by;
  if (signer) return personOf(organisation, signer);
  const head = organisation.users.find((u) => (handover.departmentId === null ? hasRole(u, 'office_chief') : hasRole(u, 'department_head') && u.departmentId === handover.departmentId));
  return head ? personOf(organisation, head.id) : null;
}

/** GET /api/handovers/:id: the departure in words, each item with its outcome and the step the caller may take on it, and the caller's `actions`. */
export function handoverAnswer(handover: RecordedHandover, organisation: Organisation, actor: Actor, heldNow: readonly HeldItem[]) {
  const person = (id: string | null) => personOf(organisation, id);
  return {
    id: handover.handoverId, status: handover.status, kind: handover.kind, kindLabel: DEPARTURE_KIND_LABELS[handover.kind], lastWorkingDay: handover.lastWorkingDay,
    decisionRef: handover.decisionRef, reason: handover.reason, leaver: person(handover.userId), receiver: person(handover.receiverId), head: headOf(organisation, handover),
    recordedBy: person(handover.recordedBy), recordedAt: handover.recordedAt, listedAt: handover.listedAt,
    items: handover.items.map((item) => ({
      ...item, kindLabel: HELD_KIND_LABELS[item.kind],
      handedOver: item.handedOver && { ...item.handedOver, outcomeLabel: ITEM_OUTCOME_LABELS[item.handedOver.outcome], receiver: person(item.handedOver.receiverId), by: person(item.handedOver.by) },
      action: itemAction(handover, item.key, actor, organisation),
    })),
    /** Items not handed over, and items held now that no listing has shown yet (a refresh lists them). */
    stillHeld: stillHeld(handover, heldNow).length,
    unlisted: heldNow.filter((item) => !handover.items.some((listed) => listed.key === item.key)).length,
    signatures: { leaver: handover.signatures.leaver, head: handover.signatures.head },
    release: handover.release,
    actions: handoverActions(handover, actor, organisation),
  };
}

/** The printed record: every item handed over, with its receiver, how and why. */
export function handoverRecordView(handover: RecordedHandover, organisation: Organisation, printedAt: string): HandoverRecordView {
  const signed = [handover.signatures.leaver?.at, handover.signatures.head?.at].filter((at): at is string => at !== undefined).sort();
  return {
    office: DEMO_OFFICE,
    datedAt: handover.release?.at ?? signed[signed.length - 1] ?? printedAt,
    leaver: personOf(organisation, handover.userId),
    receiver: personOf(organisation, handover.receiverId),
    head: headOf(organisation, handover),
    kind: DEPARTURE_KIND_LABELS[handover.kind],
    lastWorkingDay: handover.lastWorkingDay,
    decisionRef: handover.decisionRef,
    reason: handover.reason,
    lines: handover.items.map((item) => ({
      kind: HELD_KIND_LABELS[item.kind],
      item: item.label,
      receiver: item.handedOver ? personOf(organisation, item.handedOver.receiverId).name : '',
      outcome: item.handedOver ? ITEM_OUTCOME_LABELS[item.handedOver.outcome] : 'Chưa bàn giao',
      reason: item.handedOver?.reason ?? '',
    })),
    signedAt: { leaver: handover.signatures.leaver?.at ?? null, head: handover.signatures.head?.at ?? null },
  };
}
