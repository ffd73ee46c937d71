export * from './handover.types';
export type { HandoverContext } from './handover.context';
export * from './handover.events';
export * from './handover.commands';
export * from './handover.state';
export * from './handover.turns';
export * from './handover.decide';
