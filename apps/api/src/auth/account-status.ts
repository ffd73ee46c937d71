import { Inject, Injectable, Optional } from '@nestjs/common';
import { OrganisationDirectory, type AccessStatus } from '@office/read-models';

/** How long a person's status is believed by default: a deactivated person's token stops working within this (and a minute at most). */
export const ACCOUNT_STATUS_TTL_MS = 30_000;

/** Injection token: the API runtime's `accessCacheMs` (setting `ACCESS_CACHE_MS`). */
export const ACCESS_CACHE_MS = Symbol('ACCESS_CACHE_MS');

/**
 * Whether a token's person is still active, and must change their password first: read from the
 * directory at most every `ACCESS_CACHE_MS` (30 s) per person, and forgotten at once when this
 * process changes it. The lookup itself is kept, not its answer: the requests that arrive while it
 * runs (50 at once under load, each of which read the row when the entry had just expired) share it.
 */
@Injectable()
export class AccountStatus {
  private readonly known = new Map<string, { at: number; status: Promise<AccessStatus | null> }>();

  constructor(
    private readonly directory: OrganisationDirectory,
    @Optional() @Inject(ACCESS_CACHE_MS) private readonly ttlMs: number = ACCOUNT_STATUS_TTL_MS,
  ) {}

  of(userId: string): Promise<AccessStatus | null> {
    const now = Date.now();
    const known = this.known.get(userId);
    if (known && now - known.at < this.ttlMs) return known.status;
    const status = this.directory.access(userId);
    const entry = { at: now, status };
    this.known.set(userId, entry);
    // A failed lookup is not kept: the next request asks again.
    status.catch(() => this.known.get(userId) === entry && this.known.delete(userId));
    return status;
  }

  forget(userId: string): void {
    this.known.delete(userId);
  }
}
