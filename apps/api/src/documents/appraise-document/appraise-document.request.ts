import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { Nested, OneOf, OptionalText } from '../http/validators';

export class FindingRequest {
  @ApiProperty() @IsBoolean() ok!: boolean;
  @OptionalText(2000) note?: string | null;
}

/** Thẩm định: procedure, format, content, legality (QC 10.2.2). */
export class FindingsRequest {
  @Nested(() => FindingRequest) procedure!: FindingRequest;
  @Nested(() => FindingRequest) format!: FindingRequest;
  @Nested(() => FindingRequest) content!: FindingRequest;
  @Nested(() => FindingRequest) legality!: FindingRequest;
}

export class AppraiseRequest {
  @Nested(() => FindingsRequest) findings!: FindingsRequest;
  @OneOf(['valid', 'needs_supplement']) outcome!: 'valid' | 'needs_supplement';
}
