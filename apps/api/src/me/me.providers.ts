import type { Provider } from '@nestjs/common';
import { NoticeQueries, PendingWork } from '@office/read-models';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../commands/request-context';

/** The read-model services of "me": plain classes of @office/read-models, given the API's database and clock. */
export const ME_READ_PROVIDERS: Provider[] = [
  { provide: PendingWork, inject: [DataSource, CLOCK], useFactory: (dataSource: DataSource, clock: Clock) => new PendingWork(dataSource, clock) },
  { provide: NoticeQueries, inject: [DataSource, CLOCK], useFactory: (dataSource: DataSource, clock: Clock) => new NoticeQueries(dataSource, clock) },
];
