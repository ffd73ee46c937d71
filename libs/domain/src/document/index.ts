export * from './document.types';
export * from './document.events';
export * from './document.state';
export * from './document.commands';
export * from './document.decide';
export * from './document.guards';
export * from './document.access';
export * from './document.views';
