export * from './notice-preferences.events';
export * from './notice-preferences.decide';
export * from './notice-timing';
