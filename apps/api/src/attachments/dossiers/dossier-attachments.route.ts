import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiQuery, ApiTags } from '@nestjs/swagger';
import { notFound } from '@office/domain';
import { AttachmentQueries, PROJECTION_NAMES } from '@office/read-models';
import type { BlobStore } from '@office/storage';
import { IsUUID } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { DossierParams } from '../../dossiers/dossier-params';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';
import { BLOB_STORE } from '../attachments-runtime';
import { AttachDossierFileRequest } from '../attach/attach-file.request';
import { ATTACHED_SCHEMA, ATTACHMENT_LIST_SCHEMA, attachedIn, listingView } from '../read/attachment-views';
import { sendFile } from '../read/file-content';
import { DossierFiles, type DossierFileAttachedResult } from './dossier-files';

export class DossierAttachmentParams extends DossierParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'attachmentId phải là mã tệp đính kèm (UUID)' })
  attachmentId!: string;
}

/** A dossier's files: the scans of its items, supplements, the result; with the dossier's visibility. */
@ApiTags('attachments')
@ApiBearerAuth()
@Controller('api/dossiers')
export class DossierAttachmentsRoute {
  private readonly queries: AttachmentQueries;

  constructor(
    private readonly files: DossierFiles,
    private readonly positions: ProjectionPositions,
    @Inject(BLOB_STORE) private readonly store: BlobStore,
    @Inject(CLOCK) private readonly clock: Clock,
    dataSource: DataSource,
  ) {
    this.queries = new AttachmentQueries(dataSource);
  }

  @Post(':id/attachments')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Đính kèm tệp vào hồ sơ: a file uploaded before (POST /api/files) by its sha256, with its name, purpose `item | result | supplement | other` and, for `item`, `itemCode` (the item as received). ' +
      'The desk and the people on the dossier\'s path; not once returned, stopped or withdrawn (409); `result` only after signing. 422 FILE_NOT_STORED (details.rule) when the bytes are not in the store.',
  })
  @ApiCreatedResponse({ schema: ATTACHED_SCHEMA })
  attach(@Param() { id }: DossierParams, @Body() body: AttachDossierFileRequest, @Req() request: AuthenticatedRequest): Promise<DossierFileAttachedResult> {
    return this.files.attach(id, body, contextOf(request, this.clock));
  }

  @Get(':id/attachments')
  @ApiOperation({ summary: "The dossier's files in the order attached, each with its `contentUrl`; as visible as the dossier (404 otherwise); accepts `minPosition`" })
  @ApiOkResponse({ schema: ATTACHMENT_LIST_SCHEMA })
  async list(@Param() { id }: DossierParams, @Query() query: ReadModelQuery, @Req() request: AuthenticatedRequest) {
    await this.files.load(id, contextOf(request, this.clock));
    const projectedPosition = await this.positions.reached([PROJECTION_NAMES.attachments], query.minPosition);
    return { id, attachments: (await this.queries.of('dossier', id)).map((listing) => listingView('dossiers', listing)), projectedPosition };
  }

  @Get(':id/attachments/:attachmentId/content')
  @ApiOperation({ summary: 'The bytes of a dossier\'s file, streamed as for documents (Content-Disposition with RFC 5987 filename*, one byte Range, `?inline=1` previews); visibility as the dossier' })
  @ApiParam({ name: 'attachmentId', format: 'uuid' })
  @ApiQuery({ name: 'inline', required: false, enum: ['1'] })
  @ApiOkResponse({ description: 'the file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } })
  async content(@Param() { id, attachmentId }: DossierAttachmentParams, @Query('inline') inline: string | undefined, @Req() request: AuthenticatedRequest, @Res() reply: FastifyReply): Promise<void> {
    const { events } = await this.files.load(id, contextOf(request, this.clock));
    const file = attachedIn(events, 'DossierFileAttached', attachmentId);
    if (!file) throw notFound(`Hồ sơ không có tệp đính kèm ${attachmentId}`, 'attachmentId');
    await sendFile(this.store, file, request, reply, inline === '1');
  }
}
