export * from './internal-process.entity';
export * from './internal-processes.projection';
export * from './internal-process.queries';
