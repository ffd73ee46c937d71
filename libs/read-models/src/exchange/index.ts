export * from './exchange.entities';
export * from './exchange.projection';
export * from './exchange.queries';
