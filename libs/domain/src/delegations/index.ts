export * from './delegation.types';
export * from './delegation.authority';
export * from './delegation.commands';
export * from './delegation.events';
export * from './delegation.state';
export * from './delegation.turns';
export * from './delegation.decide';
export * from './delegation.proposal';
export type { DelegationsContext } from './delegations.context';
