export * from './organisation';
export * from './demo-organisation';
export * from './organisation.commands';
export * from './organisation.events';
export * from './organisation.state';
export * from './organisation.decide';
export * from './organisation.seed';
export * from './password-policy';
