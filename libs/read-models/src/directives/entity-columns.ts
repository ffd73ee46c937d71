import { getMetadataArgsStorage } from 'typeorm';
import type { RowColumn } from '../onestop/row-columns';

/**
 * The columns of a TypeORM entity as the projections' upserts want them, read from the entity's
 * own decorators: the table is described once (the entity), not again in a column list.
 */
export function entityColumns<Row>(entity: abstract new () => Row): RowColumn<Row>[] {
  return getMetadataArgsStorage()
    .columns.filter((column) => column.target === entity)
    .map(({ propertyName, options }) => ({
      key: propertyName as keyof Row & string,
      name: options.name ?? propertyName,
      type: `${String(options.type)}${options.array ? '[]' : ''}`,
    }));
}
