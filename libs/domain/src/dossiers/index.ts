export * from './dossier.types';
export * from './dossier.events';
export * from './dossier.commands';
