import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ComplianceQuery, LocalDateQuery, PageQuery, PageSizeQuery, ReadModelQuery } from '../read-models/read-model-query.dto';

export class VerifyQuery {
  @ApiPropertyOptional({ description: 'verify only this stream (e.g. document-<id>); default: the whole log', example: 'document-6c1b2f5e-…' })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'stream dài từ 1 đến 200 ký tự' })
  stream?: string;
}

export class AccessLogQuery extends ReadModelQuery {
  @LocalDateQuery() from?: string;
  @LocalDateQuery() to?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'userId phải là mã người dùng (UUID)' }) userId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'documentId phải là mã văn bản (UUID)' }) documentId?: string;

  @PageQuery() page?: number;
  @PageSizeQuery(500, 100) pageSize?: number;
}

export class EvidenceQuery extends ComplianceQuery {
  @ApiPropertyOptional({ enum: ['documents', 'log'], default: 'documents', description: 'documents: the chains of the streams in the pack and the digests\' links; log: also the whole log against the latest digest' })
  @IsOptional()
  @IsIn(['documents', 'log'], { message: 'verify phải là documents hoặc log' })
  verify?: 'documents' | 'log';

  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false', description: 'true: the files attached in the period, themselves, under tep-dinh-kem/ (their list and hashes are always in the manifest)' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'includeFiles phải là true hoặc false' })
  includeFiles?: 'true' | 'false';
}
