import type { EventStore } from '@office/event-store';
import type { AttachmentsRuntime } from './attachments/attachments-runtime';
import type { ExchangeRuntime } from './exchange/exchange-runtime';
import type { OrganisationDirectory } from '@office/read-models';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

/** What the API needs from the process that hosts it; opened by the launcher, closed by it too. */
export interface ApiRuntime {
  eventStore: EventStore;
  dataSource: DataSource;
  directory: OrganisationDirectory;
  jwtSecret: string;
  metrics: Registry;
  /** log2 of scrypt's N: logins rehash passwords stored with another; defaults to production's (17). */
  passwordCost?: number;
  /** How long a person's status is believed (AppConfig.accessCacheMs); default ACCOUNT_STATUS_TTL_MS. */
  accessCacheMs?: number;
  /** Reverse proxies whose X-Forwarded-For gives the client address (AppConfig.trustedProxies); none by default. */
  trustedProxies?: string[];
  /** Where citizens reach the public lookup (AppConfig.publicBaseUrl); default: the address the request came to. */
  publicBaseUrl?: string;
  /** Attached files' store, scanner and limits; default: opened by `createApi` from the environment (AppConfig.attachments). */
  attachments?: AttachmentsRuntime;
  /** Inter-agency exchange (edXML); default: the folder adapter from EXCHANGE_DIR / EXCHANGE_AGENCY_CODE, or none. */
  exchange?: ExchangeRuntime;
  /** Defaults to the system clock; tests and the demo generator bring their own. */
  clock?: () => Date;
}
