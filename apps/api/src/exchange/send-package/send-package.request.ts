import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, IsUUID, Length } from 'class-validator';

/** POST /api/exchange/outbox: gửi liên thông an issued document to agencies on the exchange. */
export class SendPackageRequest {
  @ApiProperty({ format: 'uuid', description: 'the issued outgoing document' })
  @IsUUID('all', { message: 'documentId phải là mã văn bản (UUID)' })
  documentId!: string;

  @ApiProperty({ type: [String], example: ['000.00.32.H01'], description: 'organ codes of the receiving agencies (GET /api/exchange/agencies)' })
  @IsArray({ message: 'to phải là danh sách mã cơ quan nhận' })
  @ArrayMinSize(1, { message: 'Cần chọn ít nhất một cơ quan nhận' })
  @ArrayMaxSize(50, { message: 'Tối đa 50 cơ quan nhận mỗi lần gửi' })
  @IsString({ each: true, message: 'Mã cơ quan nhận phải là chuỗi' })
  @Length(3, 50, { each: true, message: 'Mã cơ quan nhận dài từ 3 đến 50 ký tự' })
  to!: string[];
}
