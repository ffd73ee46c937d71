export * from './schedule-week';
export * from './schedule.types';
export type { ScheduleContext } from './schedule.context';
export * from './schedule.commands';
export * from './schedule.events';
export * from './schedule.state';
export * from './schedule.turns';
export { isScheduleLeader } from './schedule.inputs';
export * from './schedule.decide';
