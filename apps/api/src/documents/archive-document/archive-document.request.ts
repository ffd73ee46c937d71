import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Validate, ValidateIf } from 'class-validator';
import { RetentionConstraint } from '../http/document-requests';
import { Text } from '../http/validators';

/** Lưu hồ sơ: into an open case file (`caseFileId`: its code and retention are the archive's), or, as before case files, by file code and retention. */
export class ArchiveRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'hồ sơ công việc đang mở (GET /api/records/case-files?status=open)' })
  @IsOptional()
  @IsUUID('all', { message: 'caseFileId phải là mã hồ sơ (UUID)' })
  caseFileId?: string | null;
  @ValidateIf((body: ArchiveRequest) => !body.caseFileId) @Text(1, 50, '05.KT.2026') fileCode?: string;
  @ApiPropertyOptional({ oneOf: [{ type: 'string', enum: ['permanent'] }, { type: 'integer', minimum: 1, maximum: 100 }] })
  @ValidateIf((body: ArchiveRequest) => !body.caseFileId)
  @Validate(RetentionConstraint)
  retention?: 'permanent' | number;
}
