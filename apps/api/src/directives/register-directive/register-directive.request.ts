import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { DIRECTIVE_SOURCE_KINDS, type DirectiveSourceKind } from '@office/domain';
import { IsUUID } from 'class-validator';
import { LocalDateField, Nested, OneOf, Text } from '../../documents/http/validators';
import { DirectiveTermsRequest, FollowUpRequest } from '../directive-requests';

/** The source document of a task: a decision, an official letter, a leader's instruction on an incoming document (or a notice). */
export class DirectiveSourceRequest {
  @OneOf(DIRECTIVE_SOURCE_KINDS) kind!: DirectiveSourceKind;
  @Text(1, 100, '5f0c6a52-6a41-4c44-9a7e-0d3c2b1a0001') documentId!: string;
  @Text(1, 300, '215/UBND-KT') symbol!: string;
  @LocalDateField() date!: string;
}

/** POST /api/directives: a task from a source other than a conclusion notice (those come from the notice's issue). */
export class RegisterDirectiveRequest extends IntersectionType(DirectiveTermsRequest, FollowUpRequest) {
  @Nested(() => DirectiveSourceRequest) source!: DirectiveSourceRequest;
  @ApiProperty({ format: 'uuid', description: 'lãnh đạo chỉ đạo' }) @IsUUID('all', { message: 'directingLeaderId phải là mã người dùng (UUID)' }) directingLeaderId!: string;
  @Text(1, 16, 'KH-DT') fieldCode!: string;
}
