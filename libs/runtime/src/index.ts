export * from './embedded-postgres';
export * from './postgres-supervisor';
export * from './embedded-database';
export * from './databases';
export * from './config';
export * from './password';
export * from './platform';
export * from './json-logger';
