/**
 * DI token of the clock: `() => Date`. Tests and the demo generator inject their own. A module of
 * its own so that what needs only the token (the evidence pack's worker thread, through the
 * register queries) does not load the request pipeline's validation.
 */
export const CLOCK = Symbol('CLOCK');
export type Clock = () => Date;
