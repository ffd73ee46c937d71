export * from './event-store.port';
export * from './errors';
export * from './hash-chain';
export * from './canonical-json';
export * from './chained-event-store';
export * from './verify-chains';
export * from './derived-uuid';
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store';
export { createPostgresEventStore } from './postgres/create-postgres-event-store';
