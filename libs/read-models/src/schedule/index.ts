export * from './schedule.entities';
export * from './schedule.projection';
export * from './schedule.queries';
