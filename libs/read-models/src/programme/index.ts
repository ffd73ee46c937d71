export * from './programme.entities';
export * from './programme.projection';
export * from './programme.queries';
