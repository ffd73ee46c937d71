import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { LocalDateQuery, ReadModelQuery } from '../../read-models/read-model-query.dto';

/** `GET /api/procedures`: the catalogue, filtered, with the version in force on `at`. */
export class ProcedureCatalogueQuery extends ReadModelQuery {
  @ApiPropertyOptional({ example: 'KH-DT' }) @IsOptional() @IsString() @Length(1, 16, { message: 'fieldCode dài từ 1 đến 16 ký tự' }) fieldCode?: string;

  @ApiPropertyOptional({ description: 'searches the code and the name, with or without Vietnamese marks' })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'q dài từ 1 đến 200 ký tự' })
  q?: string;

  /** The day the version must be in force (default: today in Asia/Ho_Chi_Minh). */
  @LocalDateQuery() at?: string;
}
