export * from './records.entities';
export * from './case-files/case-file.entity';
export * from './case-files/case-files.projection';
export * from './case-files/case-file.queries';
