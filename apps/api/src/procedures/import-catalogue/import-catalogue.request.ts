import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsObject, IsOptional } from 'class-validator';

/** The most rows one import takes: several versions of every procedure of a province. */
export const MAX_IMPORT_ROWS = 2_000;

/**
 * POST /api/procedures/import as JSON: the rows of the export (`code, name, fieldCode` and a
 * version's fields; `version` and `approval` are ignored). Each row's content is judged by the
 * domain, which reports every refused row with its field and rule.
 */
export class ImportCatalogueRequest {
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'one row per procedure version, as GET /api/procedures/export?format=json answers them' })
  @IsArray()
  @ArrayMinSize(1, { message: 'rows phải có ít nhất một dòng' })
  @ArrayMaxSize(MAX_IMPORT_ROWS, { message: `rows có tối đa ${MAX_IMPORT_ROWS} dòng` })
  @IsObject({ each: true, message: 'mỗi dòng của rows phải là một đối tượng' })
  rows!: Array<Record<string, unknown>>;
}

export class ImportCatalogueQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false', description: 'true: list what would be refused and write nothing' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'dryRun phải là true hoặc false' })
  dryRun?: 'true' | 'false';
}
