export * from './embedded-postgres';
export * from './databases';
