import { arrayOf, bool, day, instant, int, named, nullable, object, oneOf, position, record, text, uuid } from '../http/open-api-schemas';

/*
 * The hand-overs' success answers in OpenAPI (the routes' @Answers), beside the routes rather than
 * in the shared answer-schemas.ts.
 */
const LIST_ITEM = named('HandoverListItem', object({
  id: uuid, userId: uuid, userName: text(), departmentId: nullable(uuid), kind: oneOf('retire', 'resign', 'transfer'), lastWorkingDay: day, receiverId: uuid,
  receiverName: text(), decisionRef: text(), status: oneOf('open', 'released'), recordedAt: instant, items: int, stillHeld: int, signedByLeaver: bool,
  signedByHead: bool, releasedAt: nullable(instant),
}));

export const HANDOVER_LIST = object({ items: arrayOf(LIST_ITEM), total: int, projectedPosition: position });

export const HANDOVER_ONE = record('one hand-over: the departure, its items (each with its outcome and `action` for the caller), what is still held, the signatures and `actions`', {
  id: uuid,
  status: oneOf('open', 'released'),
  items: arrayOf(record('an item: key, kind, label, step, link, due, reassignable, handedOver, action')),
  stillHeld: int,
  unlisted: int,
  actions: arrayOf(oneOf('record', 'list', 'reassign', 'hand-over-on-paper', 'sign', 'release')),
});
