import { Controller, Get, Query, Req, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PdfFontMissingError } from '@office/audit';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Roles } from '../../auth/access.decorators';
import { CurrentUser, type AuthenticatedRequest, type AuthenticatedUser } from '../../auth/authenticated-user';
import { AuditorReads, RecordsAuditorReadItself } from '../access-log/auditor-reads.interceptor';
import { ConcurrencyCap } from '../../http/rate-limit';
import { EvidenceQuery } from '../audit-queries.dto';
import { EvidencePacks } from './evidence-pack';
import { AnswersFile, ZIP } from '../../http/open-api-schemas';

/**
 * Packs built at once by every API process sharing the database (API_WORKERS, several instances):
 * each reads and zips a whole period; more would starve the other requests.
 */
export const PACKS_AT_ONCE = 2;
/** Advisory lock space of the pack places (see projection-locks.ts for the others). */
const PACK_LOCK_SPACE = 7_341_200;

/** Bộ hồ sơ minh chứng ISO: a zip streamed to the ISO secretary or an auditor. */
@ApiTags('iso')
@ApiBearerAuth()
@Controller('api/iso')
export class EvidenceController {
  private readonly places: ConcurrencyCap;

  constructor(
    private readonly packs: EvidencePacks,
    private readonly auditorReads: AuditorReads,
    dataSource: DataSource,
  ) {
    this.places = new ConcurrencyCap((dataSource.options as { url: string }).url, { lockSpace: PACK_LOCK_SPACE, limit: PACKS_AT_ONCE, retryAfterSeconds: 30 });
  }

  @Get('evidence')
  @Roles('iso_secretary', 'auditor')
  @ApiProduces('application/zip')
  @RecordsAuditorReadItself()
  @ApiOperation({ summary: 'Evidence pack (zip; at most 2 built at once across every API process and instance, else 429 with Retry-After): manifest with SHA-256 of every file, registers (CSV + XLSX), compliance table, every event of the period\'s documents with hashes, chain verification report, one-page PDF summary; the quality system as CSV (process register, performance per procedure and per step, legal-change log, audits, NC/CA log, review minutes, declarations, satisfaction, objectives, self-check list) and a one-page ISO summary printing the digest of every file before it (`filesDigest`)' })
  @AnswersFile('the evidence pack', ZIP)
  async evidence(@Query() query: EvidenceQuery, @CurrentUser() user: AuthenticatedUser, @Req() request: AuthenticatedRequest, @Res() reply: FastifyReply): Promise<void> {
    const place = await this.places.enter();
    const leave = () => void place.leave();
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
