export * from './procedure.types';
export * from './procedure.events';
export * from './procedure.commands';
