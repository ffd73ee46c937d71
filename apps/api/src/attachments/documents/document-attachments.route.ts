import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { notFound } from '@office/domain';
import { AttachmentQueries, PROJECTION_NAMES } from '@office/read-models';
import type { BlobStore } from '@office/storage';
import type { FastifyReply } from 'fastify';
import { IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { DocumentParams } from '../../documents/http/document-params';
import { RecordedReads } from '../../documents/recorded-reads';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';
import { BLOB_STORE } from '../attachments-runtime';
import { AttachDocumentFileRequest } from '../attach/attach-file.request';
import { ATTACHED_SCHEMA, ATTACHMENT_LIST_SCHEMA, attachedIn, listingView } from '../read/attachment-views';
import { sendFile } from '../read/file-content';
import { AttachDocumentFileHandler, type DocumentFileAttachedResult } from './attach-document-file.handler';

export class DocumentAttachmentParams extends DocumentParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'attachmentId phải là mã tệp đính kèm (UUID)' })
  attachmentId!: string;
}

/**
 * A document's files (DOMAIN.md §11): attached by an event in its stream, listed from
 * `attachments.v1`, downloaded with the document's own visibility — a confidential document's file
 * is 404 to whoever may not see the document, and every download of it is recorded like a read.
 */
@ApiTags('attachments')
@ApiBearerAuth()
@Controller('api/documents')
export class DocumentAttachmentsRoute {
  private readonly queries: AttachmentQueries;

  constructor(
    private readonly attachFile: AttachDocumentFileHandler,
    private readonly reads: RecordedReads,
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
      'Đính kèm tệp vào văn bản: a file uploaded before (POST /api/files) by its sha256, with its name and purpose `scan | draft | signed | annex | report`. ' +
      'The clerks and the people on the document\'s path (or whose turn it is); not once archived (409); `signed` only after signing. 422 FILE_NOT_STORED (details.rule) when the bytes are not in the store.',
  })
  @ApiCreatedResponse({ schema: ATTACHED_SCHEMA })
  attach(@Param() { id }: DocumentParams, @Body() body: AttachDocumentFileRequest, @Req() request: AuthenticatedRequest): Promise<DocumentFileAttachedResult> {
    return this.attachFile.attach(id, body, contextOf(request, this.clock));
  }

  @Get(':id/attachments')
  @ApiOperation({ summary: "The document's files in the order attached, each with its `contentUrl`; as visible as the document (404 otherwise); accepts `minPosition`" })
  @ApiOkResponse({ schema: ATTACHMENT_LIST_SCHEMA })
  async list(@Param() { id }: DocumentParams, @Query() query: ReadModelQuery, @Req() request: AuthenticatedRequest) {
    // The list shows names of a confidential document's files: a read like its summary.
    await this.reads.load(id, 'summary', contextOf(request, this.clock));
    const projectedPosition = await this.positions.reached([PROJECTION_NAMES.attachments], query.minPosition);
    return { id, attachments: (await this.queries.of('document', id)).map((listing) => listingView('documents', listing)), projectedPosition };
  }

  @Get(':id/attachments/:attachmentId/content')
  @ApiOperation({
    summary:
      'The bytes of an attached file, streamed, with Content-Type, Content-Length and Content-Disposition (RFC 5987 filename* for Vietnamese names); one byte Range (206); ' +
      '`?inline=1` shows PDFs and images in a frame of the application. Visibility as the document; each download of a confidential document\'s file is recorded (view `file`).',
  })
  @ApiParam({ name: 'attachmentId', format: 'uuid' })
  @ApiQuery({ name: 'inline', required: false, enum: ['1'] })
  @ApiOkResponse({ description: 'the file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } })
  async content(@Param() { id, attachmentId }: DocumentAttachmentParams, @Query('inline') inline: string | undefined, @Req() request: AuthenticatedRequest, @Res() reply: FastifyReply): Promise<void> {
    const loaded = await this.reads.load(id, 'file', contextOf(request, this.clock));
    const file = attachedIn(loaded.events, 'DocumentFileAttached', attachmentId);
    if (!file) throw notFound(`Văn bản không có tệp đính kèm ${attachmentId}`, 'attachmentId');
    await sendFile(this.store, file, request, reply, inline === '1');
  }
}
