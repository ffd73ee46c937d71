import type { Organisation } from '../organisation';
import { hasRole } from '../organisation';
import { allows, isRestricted, type Actor, type Confidentiality } from '../shared';
import { COMMAND_NAMES, type CommandName } from './document.commands';
import type { DocumentEvent } from './document.events';
import { documentStateFrom, type DocumentState, type RegisteredDocument } from './document.state';
import { guardDocumentStep, mustActNow } from './document.turns';
import { NO_DELEGATIONS, type SigningDelegations } from './signing-path';

/** Who a reader is: the same shape as a command's actor. */
export type Viewer = Actor;

/**
 * Để biết on a restricted document: the leader who distributed it chose these readers, so they
 * read it (each read is recorded like any other). A department named for information is reached
 * through its head, as the lead department is: its other members read it only if named themselves,
 * so a confidential document still reaches only people someone chose by name or by post.
 * (A state folded before `DocumentDistributed` v2 and kept in a read model may lack the field.)
 */
export function readsForInformation(document: Pick<Partial<RegisteredDocument>, 'forInformation'>, viewer: Viewer): boolean {
  const { userIds, departmentIds } = document.forInformation ?? { userIds: [], departmentIds: [] };
  if (userIds.includes(viewer.userId)) return true;
  return hasRole(viewer, 'department_head') && viewer.departmentId !== null && departmentIds.includes(viewer.departmentId);
}

/**
 * DOMAIN.md §2, confidentiality: a `normal` document is visible to all staff. Above `normal`,
 * only to the people on its path (who registered, distributed, assigned, handled, was submitted
 * to, initialled, signed, issued or archived it), the person it was sealed for, whoever must act
 * on it now by name (`mustActNow`, from the turns table: with `signing`, a deputy holding a live
 * delegation from the leader it awaits), its readers for information (`readsForInformation`), the
 * office chief and auditors. (Recording each read is the application's job.) `documentVisibleSql`
 * in libs/read-models is its SQL twin.
 */
export function canView(state: DocumentState, viewer: Viewer, organisation: Organisation, signing: SigningDelegations = NO_DELEGATIONS): boolean {
  if (state.status === 'none') return false;
  if (visibleWhateverItsPath(state.confidentiality, viewer)) return true;
  if (state.path.includes(viewer.userId) || state.sealedForUserId === viewer.userId) return true;
  if (readsForInformation(state, viewer)) return true;
  return mustActNow(state, viewer, organisation, signing);
}

/**
 * `canView` from a document's events, folding them all only when its path matters. The event that
 * registers a document fixes its confidentiality (no later event changes it), so when that alone
 * makes the document visible to `viewer` the first event decides. The evidence pack asks this of
 * every document of a year.
 */
export function canViewHistory(events: readonly DocumentEvent[], viewer: Viewer, organisation: Organisation): boolean {
  const registered = documentStateFrom(events.slice(0, 1));
  if (registered.status !== 'none' && visibleWhateverItsPath(registered.confidentiality, viewer)) return true;
  return canView(documentStateFrom(events), viewer, organisation);
}

/** The part of `canView` that does not depend on the document's path: not confidential, or a viewer who sees every document. */
export function visibleWhateverItsPath(confidentiality: Confidentiality, viewer: Viewer): boolean {
  return !isRestricted(confidentiality) || hasRole(viewer, 'office_chief', 'auditor');
}

/** Whether `actor` may take `step` now, by the very checks the decider runs first (state, responsibility, state rules). */
export function mayTake(step: CommandName, state: DocumentState, actor: Actor, organisation: Organisation, signing?: SigningDelegations): boolean {
  return allows(() => guardDocumentStep(step, state, actor, organisation, signing));
}

/**
 * The steps `actor` may take now, in workflow order: the buttons the UI shows. Nothing on a
 * document the actor may not see. The command's own fields may still be refused when sent
 * (e.g. a specialist outside the department).
 */
export function availableActions(state: DocumentState, actor: Actor, organisation: Organisation, signing?: SigningDelegations): CommandName[] {
  if (state.status !== 'none' && !canView(state, actor, organisation, signing)) return [];
  return COMMAND_NAMES.filter((step) => mayTake(step, state, actor, organisation, signing));
}
