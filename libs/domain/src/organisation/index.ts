export * from './organisation';
export * from './demo-organisation';
