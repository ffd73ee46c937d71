import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOCUMENT_FILE_PURPOSES, DOSSIER_FILE_PURPOSES, MAX_FILE_NAME_LENGTH } from '@office/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, Matches, ValidateNested } from 'class-validator';
import { OneOf, OptionalText, Text } from '../../documents/http/validators';

/** A file uploaded before (POST /api/files), named by its hash, with the name to show. */
export class FileReferenceRequest {
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' })
  @Matches(/^[0-9a-f]{64}$/, { message: '$property phải là SHA-256: 64 chữ số hệ mười sáu viết thường' })
  sha256!: string;

  @Text(1, MAX_FILE_NAME_LENGTH, 'Công văn 512-SKHĐT.pdf') name!: string;
}

/** A dossier item's scan handed in at the desk: `itemCode` names the item as received. */
export class DossierFileReferenceRequest extends FileReferenceRequest {
  @OptionalText(500, 'Văn bản đề nghị') itemCode?: string | null;
}

/** POST /api/documents/:id/attachments. */
export class AttachDocumentFileRequest extends FileReferenceRequest {
  @OneOf(DOCUMENT_FILE_PURPOSES) purpose!: (typeof DOCUMENT_FILE_PURPOSES)[number];
}

/** POST /api/dossiers/:id/attachments. */
export class AttachDossierFileRequest extends DossierFileReferenceRequest {
  @OneOf(DOSSIER_FILE_PURPOSES) purpose!: (typeof DOSSIER_FILE_PURPOSES)[number];
}

/** Files that travel with a registration or a reception, attached in the same append. */
export function AttachedFiles(type: () => new () => FileReferenceRequest, description: string) {
  return applyDecorators(
    ApiPropertyOptional({ type: [type()], description }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20, { message: '$property: tối đa 20 tệp' }),
    ValidateNested({ each: true }),
    Type(type),
  );
}
