import {
  EXCHANGE_EVENT_TYPES, evolveIncomingPackage, evolveOutgoingPackage, incomingPackageStream, initialIncomingPackageState, initialOutgoingPackageState, outgoingPackageStream,
} from '@office/domain';
import type { Projection } from '../projection';
import { PROJECTION_NAMES } from '../projection-names';
import { entityColumns } from '../directives/entity-columns';
import { applyToStreamRows } from '../directives/stream-rows';
import { inboxRowOf, outboxRowOf } from './exchange-rows';
import { ExchangeInboxRow, ExchangeOutboxRow } from './exchange.entities';

const OUTBOX = {
  table: 'rm_exchange_outbox', prefix: outgoingPackageStream(''), columns: entityColumns(ExchangeOutboxRow),
  initialState: initialOutgoingPackageState, evolve: evolveOutgoingPackage, rowOf: outboxRowOf,
};
const INBOX = {
  table: 'rm_exchange_inbox', prefix: incomingPackageStream(''), columns: entityColumns(ExchangeInboxRow),
  initialState: initialIncomingPackageState, evolve: evolveIncomingPackage, rowOf: inboxRowOf,
};

/** `exchange.v1`: the clerk's outbox (packages sent, with their status trail) and inbox (packages received), one row per stream. */
export const exchangeProjection: Projection = {
  name: PROJECTION_NAMES.exchange,
  handles: new Set<string>(EXCHANGE_EVENT_TYPES),
  tables: ['rm_exchange_outbox', 'rm_exchange_inbox'],
  apply: async (events, tx) => {
    await applyToStreamRows(OUTBOX, events, tx);
    await applyToStreamRows(INBOX, events, tx);
  },
};
