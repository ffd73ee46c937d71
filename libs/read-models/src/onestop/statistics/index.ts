export * from './percentile';
export * from './dossier-period';
export * from './dossier-statistics.queries';
export * from './index766.queries';
export * from './step-compliance.queries';
