import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandPipeline } from '../commands/command-pipeline';
import { DocumentsModule } from '../documents/documents.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { PackageDelivery } from './delivery/package-delivery';
import { ExchangeMessages } from './exchange-messages';
import { EXCHANGE, exchangeFromEnvironment, type ExchangeRuntime } from './exchange-runtime';
import { ExchangeStreams } from './exchange-streams';
import { exchangeQueriesProvider } from './read/exchange-queries.provider';
import { ExchangeReadsController } from './read/exchange-reads.controller';
import { RecallPackageRoute } from './recall-package/recall-package.route';
import { RefusePackageRoute } from './refuse-package/refuse-package.route';
import { RegisterPackageHandler } from './register-package/register-package.handler';
import { RegisterPackageRoute } from './register-package/register-package.route';
import { SendPackageHandler } from './send-package/send-package.handler';
import { SendPackageRoute } from './send-package/send-package.route';
import { ExchangeWatcher } from './watcher/exchange-watcher';
import { InboxIntake } from './watcher/inbox-intake';
import { StatusReactor } from './watcher/status-reactor';

/**
 * Inter-agency exchange (liên thông văn bản, DOMAIN.md §10; research/next-domains.md §E.3): the
 * clerk's routes under /api/exchange and the watcher of this office's inbox. The exchange is the
 * launcher's (`ApiRuntime.exchange`) or, by default, the folder adapter from the environment
 * (EXCHANGE_DIR, EXCHANGE_AGENCY_CODE); without either, the routes answer 503 and nothing is watched.
 */
@Module({})
export class ExchangeModule {
  static forRoot(given?: ExchangeRuntime): DynamicModule {
    return {
      module: ExchangeModule,
      imports: [CqrsModule, DocumentsModule, ReadModelsModule],
      controllers: [SendPackageRoute, RegisterPackageRoute, RefusePackageRoute, RecallPackageRoute, ExchangeReadsController],
      providers: [
        { provide: EXCHANGE, useFactory: async () => given ?? (await exchangeFromEnvironment(process.env)) },
        exchangeQueriesProvider, CommandPipeline, ExchangeStreams, ExchangeMessages, PackageDelivery, InboxIntake, StatusReactor, ExchangeWatcher, SendPackageHandler,
        RegisterPackageHandler,
      ],
      exports: [ExchangeWatcher],
    };
  }
}
