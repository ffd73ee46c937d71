import { Inject, Injectable, Logger } from '@nestjs/common';
import { deliveriesDue, type Delivery, type OutgoingPackageState } from '@office/domain';
import { readEdxml, writeEdxml } from '@office/exchange';
import type { ExchangeQueries } from '@office/read-models';
import type { BlobStore } from '@office/storage';
import { BLOB_STORE } from '../../attachments/attachments-runtime';
import { CLOCK, type Clock } from '../../commands/request-context';
import { EXCHANGE, requireExchange, type ExchangeRuntime } from '../exchange-runtime';
import { ExchangeStreams } from '../exchange-streams';
import { systemContext } from '../exchange-system';
import { EXCHANGE_QUERIES } from '../read/exchange-queries.provider';

type Sent = Exclude<OutgoingPackageState, { status: 'none' }>;

/** The longest wait between two tries of the same package: a receiver down for a day is tried every quarter hour. */
const MAX_BACKOFF_MS = 15 * 60_000;

/**
 * Writes sent packages into their receivers' inboxes until each is recorded as delivered
 * (ExchangePackageDelivered): at once after the send (or the recall), and then from the watcher for
 * whatever the log says is still due, so a receiver's folder unreachable at the send, or a crash
 * between the record and the write, is made good later. It works from the stores: restarted, it finds
 * the same packages due. A package that fails waits the poll interval, then twice as long each time,
 * up to a quarter of an hour (in this process; a restart tries them all once more at once). Writing
 * a message again is harmless: the receiver's inbox keeps one file per id, and it records a package once.
 */
@Injectable()
export class PackageDelivery {
  private readonly logger = new Logger('Exchange');
  /** Per package: failed tries in a row and when the next may be. */
  private readonly backoff = new Map<string, { failures: number; retryAt: number }>();

  constructor(
    @Inject(EXCHANGE) private readonly runtime: ExchangeRuntime | null,
    private readonly streams: ExchangeStreams,
    @Inject(EXCHANGE_QUERIES) private readonly queries: ExchangeQueries,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The watcher's pass: every package still due whose wait is over. */
  async pending(): Promise<void> {
    const now = this.clock().getTime();
    for (const packageId of await this.queries.toDeliver()) {
      if ((this.backoff.get(packageId)?.retryAt ?? 0) <= now) await this.deliver(packageId);
    }
  }

  /** Delivers what is due of one package; a failure is logged and left to a later pass, never thrown. */
  async deliver(packageId: string): Promise<void> {
    try {
      const state = await this.streams.outgoingState(packageId);
      if (state.status === 'none') return;
      for (const delivery of deliveriesDue(state)) await this.deliverOne(state, delivery);
      this.backoff.delete(packageId);
    } catch (error) {
      const failures = (this.backoff.get(packageId)?.failures ?? 0) + 1;
      const wait = Math.min((this.runtime?.pollMs ?? 0) * 2 ** (failures - 1), MAX_BACKOFF_MS);
      this.backoff.set(packageId, { failures, retryAt: this.clock().getTime() + wait });
      this.logger.warn(`package ${packageId} not delivered (try ${failures}, next in ${wait} ms): ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Written first, then recorded: a crash in between writes it again, under the same name. */
  private async deliverOne(state: Sent, { organId, message }: Delivery): Promise<void> {
    const { exchange } = requireExchange(this.runtime);
    const xml = await this.messageOf(state, message);
    await exchange.sendPackage(organId, message === 'recall' ? `${state.packageId}.recall` : state.packageId, xml);
    const key = `deliver-${state.packageId}-${organId}-${message}`;
    await this.streams.outgoing(state.packageId, { type: 'record-delivery', organId, message }, systemContext(this.clock(), key));
  }

  /**
   * The package as sent (kept in the attachment store under its SHA-256), or its recall: the same
   * package marked as a recall (edXML Bussiness type 1) with the reason, without its files.
   */
  private async messageOf(state: Sent, message: Delivery['message']): Promise<string> {
    const content = await this.blobs.get(state.packageSha256);
    if (!content) throw new Error(`the package ${state.packageId} is not in the attachment store (${state.packageSha256})`);
    const chunks: Buffer[] = [];
    for await (const chunk of content) chunks.push(chunk as Buffer);
    const xml = Buffer.concat(chunks).toString('utf8');
    if (message === 'package' || state.recall === null) return xml;
    const sent = readEdxml(xml);
    if (sent.kind !== 'document') throw new Error(`the package ${state.packageId} is not a document package`);
    const { exchange } = requireExchange(this.runtime);
    const trace = [...sent.trace, { organId: exchange.self.organId, timestamp: state.recall.at }];
    return writeEdxml({ ...sent, business: { type: 'recall', reason: state.recall.reason }, attachments: [], trace });
  }
}
