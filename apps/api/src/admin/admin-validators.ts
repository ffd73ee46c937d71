import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '@office/domain';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsUUID, ValidateIf } from 'class-validator';
import { LONG_TEXT } from '../dossiers/dossier-validators';
import { Text } from '../documents/http/validators';

/** Lý do: every change of the organisation says why (a decision's number, a transfer…). */
export const Reason = () => Text(1, LONG_TEXT, 'Quyết định số 125/QĐ-UBND ngày 02/3/2026 về phân công nhiệm vụ');

export function UserId(optional = false) {
  return applyDecorators(
    ...(optional ? [ValidateIf((_o, value) => value !== null && value !== undefined), ApiPropertyOptional({ format: 'uuid', nullable: true })] : [ApiProperty({ format: 'uuid' })]),
    IsUUID('all', { message: '$property phải là một mã (UUID)' }),
  );
}

export function RoleList() {
  return applyDecorators(
    ApiProperty({ enum: ROLES, isArray: true, example: ['specialist'] }),
    IsArray(), ArrayMinSize(1, { message: 'Cần chọn ít nhất một vai trò' }), ArrayMaxSize(ROLES.length),
    IsIn(ROLES as unknown as string[], { each: true, message: `roles chỉ gồm: ${ROLES.join(', ')}` }),
  );
}
