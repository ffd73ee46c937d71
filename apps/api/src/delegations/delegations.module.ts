import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandPipeline } from '../commands/command-pipeline';
import { ReadModelsModule } from '../read-models/read-models.module';
import { DelegationStreams } from './delegation-streams';
import { ProposeDelegationRoute } from './propose-delegation/propose-delegation.route';
import { DelegationReadsController } from './read/delegation-reads.controller';
import { RecordDelegationHandler } from './record-delegation/record-delegation.handler';
import { RecordDelegationRoute } from './record-delegation/record-delegation.route';
import { RevokeDelegationRoute } from './revoke-delegation/revoke-delegation.route';

/**
 * Signing authority (DOMAIN.md §10): delegations KT., TM., Q., TUQ., TL. as events
 * (`POST /api/delegations`, `/:id/revoke`), the list in force at an instant, one delegation, and
 * the KT. proposed from a leader's absence. The sign step reads them in apps/api/src/documents.
 */
@Module({
  imports: [CqrsModule, ReadModelsModule],
  controllers: [ProposeDelegationRoute, RecordDelegationRoute, RevokeDelegationRoute, DelegationReadsController],
  providers: [CommandPipeline, DelegationStreams, RecordDelegationHandler],
})
export class DelegationsModule {}
