export * from './number-series.events';
export * from './number-series.state';
export * from './number-series.commands';
export * from './number-series.decide';
export * from './outgoing-symbol';
