import { ApiPropertyOptional } from '@nestjs/swagger';
import { STATISTICS_GROUPINGS, type StatisticsGrouping } from '@office/read-models';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PeriodQuery, ReadModelQuery } from '../read-models/read-model-query.dto';

/** `GET /api/onestop/stats`. */
export class OnestopStatsQuery extends PeriodQuery {
  @ApiPropertyOptional({ enum: STATISTICS_GROUPINGS, default: 'field', description: 'per field (lĩnh vực), procedure (thủ tục) or handling unit (cơ quan chủ trì)' })
  @IsOptional()
  @IsIn(STATISTICS_GROUPINGS, { message: 'groupBy phải là field, procedure hoặc unit' })
  groupBy?: StatisticsGrouping;
}

/** `GET /api/onestop/index766`. */
export class Index766Query extends ReadModelQuery {
  @ApiPropertyOptional({ example: '2026-03', description: 'the month (default: this month)' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month phải là tháng dạng YYYY-MM' })
  month?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'one handling unit (a department id); without it, the desk and each unit' })
  @IsOptional()
  @IsUUID('all', { message: 'unit phải là mã phòng (UUID)' })
  unit?: string;
}

/** `GET /api/iso/compliance/dossiers`. */
export class DossierComplianceQuery extends PeriodQuery {
  @ApiPropertyOptional({ example: '1.004227' })
  @IsOptional()
  @IsString()
  @Length(1, 32, { message: 'procedureCode dài từ 1 đến 32 ký tự' })
  procedureCode?: string;
}
