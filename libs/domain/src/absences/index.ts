export * from './absence.types';
export * from './absence.approval';
export * from './absence.commands';
export * from './absence.events';
export * from './absence.state';
export * from './absence.turns';
export * from './absence.decide';
export type { AbsencesContext } from './absences.context';
