/** Jest's globalTeardown (a module of its own): stops what global-setup.ts started. */
export { teardown as default } from './global-setup';
