export * from './absence.entity';
export * from './absences.projection';
export * from './absence.queries';
