export * from './event-store.port';
export * from './errors';
export * from './hash-chain';
export * from './chained-event-store';
