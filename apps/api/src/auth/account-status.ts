import { Inject, Injectable, Optional } from '@nestjs/common';
import { OrganisationDirectory, type AccessStatus } from '@office/read-models';

/** How long a person's status is believed by default: a deactivated person's token stops working within this (and a minute at most). */
export const ACCOUNT_STATUS_TTL_MS = 30_000;

/** Injection token: the API runtime's `accessCacheMs` (setting `ACCESS_CACHE_MS`). */
export const ACCESS_CACHE_MS = Symbol('ACCESS_CACHE_MS');

/**
 * Whether a token's person is still active, and must change their password first: read from the
 * directory at most every `ACCESS_CACHE_MS` (30 s) per person, and forgotten at once when this
 * process changes it.
 */
@Injectable()
export class AccountStatus {
  private readonly known = new Map<string, { at: number; status: AccessStatus | null }>();

  constructor(
    private readonly directory: OrganisationDirectory,
    @Optional() @Inject(ACCESS_CACHE_MS) private readonly ttlMs: number = ACCOUNT_STATUS_TTL_MS,
  ) {}

  async of(userId: string): Promise<AccessStatus | null> {
    const now = Date.now();
    const known = this.known.get(userId);
    if (known && now - known.at < this.ttlMs) return known.status;
    const status = await this.directory.access(userId);
    this.known.set(userId, { at: now, status });
    return status;
  }

  forget(userId: string): void {
    this.known.delete(userId);
  }
}
