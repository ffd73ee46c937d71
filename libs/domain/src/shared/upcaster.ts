/**
 * One step in the life of an event type's schema: takes the data as version `fromVersion` wrote it and
 * returns it as version `fromVersion + 1` writes it. Pure (no clock, no lookups), because the store
 * applies it on every read of an old event, so that `evolve` and projections only know the current
 * shape. A shipped step is never edited; a new shape adds the next step and a golden fixture.
 */
export interface Upcaster<From, To> {
  readonly type: string;
  readonly fromVersion: number;
  upcast(data: From): To;
}
