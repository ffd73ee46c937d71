import { ApiPropertyOptional } from '@nestjs/swagger';
import { DELEGATION_KINDS, type SigningCapacity } from '@office/domain';
import { IsOptional, IsUUID } from 'class-validator';
import { SignRequest } from '../http/document-requests';
import { OneOf } from '../http/validators';

/** A document's signature may be made under a delegation (dossiers' results and meetings' notices are signed in one's own name). */
export class DocumentSignRequest extends SignRequest {
  /** Thẩm quyền ký: in one's own name (the named leader's default) or under a delegation of that kind (DOMAIN.md §10). */
  @OneOf(['own', ...DELEGATION_KINDS], true) capacity?: SigningCapacity | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'which delegation, when the signer holds several from the named leader' })
  @IsOptional()
  @IsUUID('all', { message: 'delegationId phải là mã ủy quyền (UUID)' })
  delegationId?: string | null;
}
