import { Controller, Get, Query, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PdfFontMissingError } from '@office/audit';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../auth/access.decorators';
import { CurrentUser, type AuthenticatedUser } from '../../auth/authenticated-user';
import { EvidenceQuery } from '../audit-queries.dto';
import { EvidencePacks } from './evidence-pack';

/** Bộ hồ sơ minh chứng ISO: a zip streamed to the ISO secretary or an auditor. */
@ApiTags('iso')
@ApiBearerAuth()
@Controller('api/iso')
export class EvidenceController {
  constructor(private readonly packs: EvidencePacks) {}

  @Get('evidence')
  @Roles('iso_secretary', 'auditor')
  @ApiProduces('application/zip')
  @ApiOperation({ summary: 'Evidence pack (zip): manifest with SHA-256 of every file, registers (CSV + XLSX), compliance table, every event of the period\'s documents with hashes, chain verification report, one-page PDF summary' })
  async evidence(@Query() query: EvidenceQuery, @CurrentUser() user: AuthenticatedUser, @Res() reply: FastifyReply): Promise<void> {
    const pack = await this.packs.prepare(query, user).catch((error: unknown) => {
      if (error instanceof PdfFontMissingError) throw new ServiceUnavailableException(error.message);
      throw error;
    });
    const zip = pack.zip();
    const cleanUp = () => void pack.dispose();
    zip.once('end', cleanUp);
    zip.once('close', cleanUp);
    zip.once('error', cleanUp);
    reply.raw.once('close', cleanUp);
    await reply
      .header('content-type', 'application/zip')
      .header('content-disposition', `attachment; filename="${pack.fileName}"`)
      .header('x-store-head-position', pack.manifest.storeHeadPosition)
      .send(zip);
  }
}
