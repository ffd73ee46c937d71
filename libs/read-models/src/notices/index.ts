export * from './notices.entities';
export * from './notice-ids';
export * from './notice-writer';
export * from './notices.projection';
export * from './pending-work.queries';
export * from './notice-sweep';
export * from './notice.queries';
