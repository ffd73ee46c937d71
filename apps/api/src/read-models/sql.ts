// Moved to @office/read-models, whose own query services assemble SQL the same way.
export { iso, Sql } from '@office/read-models';
