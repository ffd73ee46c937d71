import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length } from 'class-validator';
import { OptionalText } from '../http/validators';

export class RequestSupplementRequest {
  @ApiProperty({ type: [String], example: ['Bản sao quyết định phê duyệt chủ trương đầu tư'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'missingItems phải liệt kê ít nhất một thành phần còn thiếu' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 500, { each: true, message: 'mỗi mục trong missingItems dài từ 1 đến 500 ký tự' })
  missingItems!: string[];
  @OptionalText(2000) note?: string | null;
}
