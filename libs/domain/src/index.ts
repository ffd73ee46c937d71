export * from './organisation';
export * from './calendar';
export * from './deadlines';
export * from './shared';
export * from './numbering';
export * from './document';
export * from './access';
