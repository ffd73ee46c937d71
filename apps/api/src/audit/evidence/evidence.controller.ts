import { Controller, Get, Query, Req, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PdfFontMissingError } from '@office/audit';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../auth/access.decorators';
import { CurrentUser, type AuthenticatedRequest, type AuthenticatedUser } from '../../auth/authenticated-user';
import { AuditorReads, RecordsAuditorReadItself } from '../access-log/auditor-reads.interceptor';
import { ConcurrencyCap } from '../../http/rate-limit';
import { EvidenceQuery } from '../audit-queries.dto';
import { EvidencePacks } from './evidence-pack';

/** Packs built at once by one API process: each reads and zips a whole period; more would starve the other requests. */
const PACKS_AT_ONCE = new ConcurrencyCap(2, 30);

/** Bộ hồ sơ minh chứng ISO: a zip streamed to the ISO secretary or an auditor. */
@ApiTags('iso')
@ApiBearerAuth()
@Controller('api/iso')
export class EvidenceController {
  constructor(
    private readonly packs: EvidencePacks,
    private readonly auditorReads: AuditorReads,
  ) {}

  @Get('evidence')
  @Roles('iso_secretary', 'auditor')
  @ApiProduces('application/zip')
  @RecordsAuditorReadItself()
  @ApiOperation({ summary: 'Evidence pack (zip; at most 2 built at once per API process, else 429 with Retry-After): manifest with SHA-256 of every file, registers (CSV + XLSX), compliance table, every event of the period\'s documents with hashes, chain verification report, one-page PDF summary' })
  async evidence(@Query() query: EvidenceQuery, @CurrentUser() user: AuthenticatedUser, @Req() request: AuthenticatedRequest, @Res() reply: FastifyReply): Promise<void> {
    const leave = PACKS_AT_ONCE.enter();
    const pack = await this.packs.prepare(query, user).catch((error: unknown) => {
      leave();
      if (error instanceof PdfFontMissingError) throw new ServiceUnavailableException(error.message);
      throw error;
    });
    await this.auditorReads.record(request).catch(async (error: unknown) => {
      leave();
      await pack.dispose();
      throw error;
    });
    const zip = pack.zip();
    const cleanUp = () => {
      leave();
      void pack.dispose();
    };
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
