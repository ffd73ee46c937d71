import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { Nested } from '../../documents/http/validators';

const BOOLEAN = { message: '$property phải là true hoặc false' };

/** Per kind of notice: wanted or not. */
export class NoticeSwitchesRequest {
  @ApiProperty({ example: true, description: 'Việc mới' }) @IsBoolean(BOOLEAN) new_work!: boolean;
  @ApiProperty({ example: true, description: 'Sắp đến hạn (trong một ngày làm việc)' }) @IsBoolean(BOOLEAN) due_soon!: boolean;
  @ApiProperty({ example: true, description: 'Quá hạn' }) @IsBoolean(BOOLEAN) overdue!: boolean;
  @ApiProperty({ example: true, description: 'Bị trả lại' }) @IsBoolean(BOOLEAN) returned!: boolean;
}

/** PUT /api/me/notice-preferences: the whole choice, for both channels. */
export class NoticePreferencesRequest {
  @Nested(() => NoticeSwitchesRequest) inApp!: NoticeSwitchesRequest;
  @Nested(() => NoticeSwitchesRequest) email!: NoticeSwitchesRequest;
}
