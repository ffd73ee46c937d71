import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/*
 * Deliberately loose: a malformed code or PIN is answered exactly as a wrong one (404), so the
 * answer never tells a guesser which part was wrong.
 */
export class PublicLookupParams {
  @ApiProperty({ example: 'VPUB-260305-0001' }) @IsString() code!: string;
}

export class PublicLookupQuery {
  @ApiPropertyOptional({ example: '042917', description: 'mã tra cứu printed on the appointment slip' }) @IsOptional() @IsString() pin?: string;
}
