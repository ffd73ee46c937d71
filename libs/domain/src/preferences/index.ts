export * from './saved-filters.events';
export * from './saved-filters.decide';
