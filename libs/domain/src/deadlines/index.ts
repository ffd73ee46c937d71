export * from './deadlines';
export * from './document-process';
