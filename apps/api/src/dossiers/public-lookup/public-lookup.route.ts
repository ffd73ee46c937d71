import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { notFound } from '@office/domain';
import { PublicDossierLookup } from '@office/read-models';
import { Public } from '../../auth/access.decorators';
import { RateLimited } from '../../http/rate-limit';
import { PublicLookupParams, PublicLookupQuery } from './public-lookup.request';
import { Answers } from '../../http/open-api-schemas';
import { PUBLIC_DOSSIER } from '../../http/answer-schemas';

/** Lookups one client address may make per minute: enough for an applicant, far too few to guess a 6-digit PIN. */
export const PUBLIC_LOOKUPS_PER_MINUTE = 20;

function samePin(expected: string, given: string | undefined): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given ?? '');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Tra cứu hồ sơ: the applicant's status lookup by dossier code and PIN, without login and without personal data. */
@ApiTags('public')
@Controller('api/public/dossiers')
export class PublicLookupRoute {
  constructor(private readonly dossiers: PublicDossierLookup) {}

  /** `{code, procedureName, receivedAt, dueDate, status, classification?}`; an unknown code and a wrong or missing PIN are the same 404. */
  @Public()
  @RateLimited('public-dossier-lookup', { limit: PUBLIC_LOOKUPS_PER_MINUTE, windowSeconds: 60, key: 'ip' })
  @ApiTooManyRequestsResponse({ description: `more than ${PUBLIC_LOOKUPS_PER_MINUTE} lookups a minute from one address; Retry-After says when to try again` })
  @Get(':code')
  @ApiOperation({ summary: 'Tra cứu hồ sơ (no login): the status of a dossier by its code and PIN, no personal data; an unknown code and a wrong or missing PIN are the same 404; rate-limited per address (429)' })
  @Answers(PUBLIC_DOSSIER)
  async lookup(@Param() { code }: PublicLookupParams, @Query() { pin }: PublicLookupQuery) {
    const record = await this.dossiers.byCode(code);
    if (!record || !samePin(record.pin, pin)) throw notFound('Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này', 'code');
    const { code: found, procedureName, receivedAt, dueDate, status, classification } = record;
    return { code: found, procedureName, receivedAt, dueDate, status, ...(classification ? { classification } : {}) };
  }
}
