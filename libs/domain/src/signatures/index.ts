export * from './signature.types';
export * from './signature.events';
export * from './signature.commands';
export * from './signature.state';
export * from './signature.turns';
export * from './signature.decide';
