export * from './delegation.entity';
export * from './delegations.projection';
export * from './delegation.queries';
