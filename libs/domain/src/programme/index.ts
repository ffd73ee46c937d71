export * from './programme.types';
export * from './programme.period';
export { isGeneralAffairsHead, isGeneralAffairsStaff } from './programme.roles';
export type { ProgrammeContext } from './programme.context';
export * from './programme.events';
export * from './programme.commands';
export * from './programme.state';
export * from './programme.turns';
export * from './programme.decide';
