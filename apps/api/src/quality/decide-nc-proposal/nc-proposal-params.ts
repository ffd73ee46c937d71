import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** `:key` of a nonconformity proposal: `dossier.<id>` or `step.<document id>.<step>`. */
export class NcProposalParams {
  @ApiProperty({ example: 'dossier.5f0c6a52-6a41-4c44-9a7e-0d3c2b1a0001', description: 'dossier.<dossier id> or step.<document id>.<distribute|supplement|submit|issue|leader>' })
  @Matches(/^(dossier|step)\.[0-9a-f-]{36}(\.[a-z]{1,16})?$/, { message: 'key phải có dạng dossier.<mã hồ sơ> hoặc step.<mã văn bản>.<bước>' })
  key!: string;
}
