import { Controller, HttpCode, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
// The type import also brings @fastify/multipart's request methods (isMultipart, parts) into FastifyRequest.
import type { Multipart } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FileIntake, type UploadedFile } from './file-intake';
import { UploadRefused, UploadRefusedFilter } from './upload-refused';

const FILE_SCHEMA = {
  type: 'object',
  properties: {
    sha256: { type: 'string', example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
    name: { type: 'string', example: 'Công văn 512-SKHĐT.pdf' },
    mediaType: { type: 'string', example: 'application/pdf' },
    size: { type: 'integer', example: 48213 },
  },
};

/** POST /api/files: stored bytes, not yet part of any document (attaching them is an event). */
@ApiTags('attachments')
@ApiBearerAuth()
@Controller('api/files')
@UseFilters(UploadRefusedFilter)
export class UploadFilesRoute {
  constructor(private readonly intake: FileIntake) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Tải tệp lên (any staff): multipart/form-data, each file streamed through type detection (content, not name), the malware scan when clamd is configured, and the store by SHA-256. ' +
      '413 FILE_TOO_LARGE / REQUEST_TOO_LARGE / TOO_MANY_FILES, 415 FILE_TYPE_NOT_ALLOWED (type not allowed, or the name\'s extension is not the content\'s), 422 FILE_INFECTED, 503 SCANNER_UNAVAILABLE; a refused file is not stored. ' +
      'The file is referenced by nothing until attached (POST /api/documents/:id/attachments); unattached files are collected after 24 h.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } } } })
  @ApiCreatedResponse({ schema: { type: 'object', properties: { files: { type: 'array', items: FILE_SCHEMA } } } })
  async upload(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<{ files: UploadedFile[] }> {
    try {
      if (!request.isMultipart()) throw new UploadRefused('NOT_MULTIPART', 'Tải tệp lên bằng multipart/form-data', { contentType: request.headers['content-type'] ?? null });
      const length = Number(request.headers['content-length']);
      const files = await this.intake.receive(request.parts() as AsyncIterable<Multipart>, Number.isFinite(length) ? length : null);
      return { files };
    } catch (error) {
      // The rest of a refused request is never read: its bytes must not be taken for the connection's next request.
      reply.header('connection', 'close');
      throw error;
    }
  }
}
