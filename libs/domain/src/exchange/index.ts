export * from './exchange.types';
export * from './exchange.events';
export * from './exchange.commands';
export * from './exchange.state';
export * from './exchange.decide';
export * from './exchange.statuses';
