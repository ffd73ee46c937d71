// Moved to @office/read-models, whose own query services assemble SQL the same way.
// Module by module, not the package's index: the evidence pack's worker thread loads this without every read model's entities.
export { iso, Sql } from '@office/read-models/sql/sql';
