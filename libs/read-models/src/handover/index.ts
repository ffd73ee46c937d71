export * from './handover.entity';
export * from './handovers.projection';
export * from './handover.queries';
export * from './holdings.queries';
