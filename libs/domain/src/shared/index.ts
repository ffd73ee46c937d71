export * from './domain-error';
export * from './actor';
export * from './levels';
export * from './validation';
export * from './upcaster';
