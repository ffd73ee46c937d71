import type { EventStore } from '@office/event-store';
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
  /** Defaults to the system clock; tests and the demo generator bring their own. */
  clock?: () => Date;
}
