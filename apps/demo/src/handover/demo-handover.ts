import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { derivedUuid } from '@office/event-store';
import { projectedPosition } from '@office/read-models';
import type { CommandContext } from '../../../api/src/commands/command-context';
import { HandoverStreams } from '../../../api/src/handover/handover-streams';
import { RunHandoverStep } from '../../../api/src/handover/handover-step/handover-step.handler';
import { ReassignItemCommand } from '../../../api/src/handover/reassign-item/reassign-item.handler';
import { RecordDepartureCommand } from '../../../api/src/handover/record-departure/record-departure.handler';
import { PROJECTIONS } from '../../../projector/src/projections';
import { Projector } from '../../../projector/src/projector';
import { runOfficePlan, type DemoPlatform, type OfficeRun } from '../office/in-process-office';
import { handoverPlan, type DemoDeparture, type PlannedHandoverStep } from './handover-plan';

export interface DemoHandoverResult extends OfficeRun {
  /** The departures recorded, by their ids. */
  handovers: string[];
}

/** How long the demo waits for the read models to show what the leavers hold (the projector may run elsewhere, or here). */
const CATCH_UP_MS = 120_000;

/**
 * What the leavers hold is read from the read models: before the first step the projections are
 * brought up to the log's head, by the product's projector if one runs, else by one run here.
 */
async function catchUp(platform: DemoPlatform): Promise<void> {
  const projector = new Projector(platform.eventStore, platform.dataSource, PROJECTIONS, { heartbeatMs: 60_000, instanceId: 'demo-handover' });
  await projector.start();
  try {
    const [{ head }] = await platform.dataSource.query('SELECT coalesce(max(position), -1)::text AS head FROM event_store.events');
    const names = PROJECTIONS.map((p) => p.name);
    const deadline = Date.now() + CATCH_UP_MS;
    while ((await projectedPosition(platform.dataSource, names)) < BigInt(head) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    await projector.stop();
  }
}

/** The context of a command the step makes on someone's behalf (the head for documents, the leaver for dossiers), with its own key. */
function onBehalf(context: CommandContext, actor: DemoDeparture['leaver'], key: string): CommandContext {
  return { ...context, actor: { userId: actor.id, roles: actor.roles, departmentId: actor.departmentId }, actorRole: actor.roles[0] ?? 'unknown', correlationId: key, idempotencyKey: key };
}

/** The items still held, each through its own step: a dossier by its holder (the leaver), the rest by the head; `first`: the first item only. */
async function handOver(step: PlannedHandoverStep, handoverId: string, context: CommandContext, api: INestApplicationContext, first: boolean): Promise<void> {
  const { handover } = step;
  const state = await api.get(HandoverStreams).load(handoverId);
  // `first` is the listing's first item, handed over or not, so that a second run hands over no other.
  const chosen = first ? state.items.slice(0, 1) : state.items;
  for (const item of chosen.filter((listed) => listed.handedOver === null)) {
    const key = derivedUuid(step.key, item.key);
    const reason = handover.kind === 'retire' ? 'Bàn giao do nghỉ hưu' : 'Bàn giao do chuyển công tác';
    if (!item.reassignable) await api.get(CommandBus).execute(new RunHandoverStep({ type: 'hand-over-on-paper', handoverId, key: item.key, reason: `${reason}; chưa có bước giao lại trên hệ thống` }, onBehalf(context, handover.head, key)));
    else await api.get(CommandBus).execute(new ReassignItemCommand(handoverId, item.key, { reason }, onBehalf(context, item.kind === 'dossier' ? handover.leaver : handover.head, key)));
  }
}

async function send(step: PlannedHandoverStep, context: CommandContext, api: INestApplicationContext, ids: Map<string, string>): Promise<void> {
  const { handover } = step;
  const bus = api.get(CommandBus);
  if (step.move === 'record') {
    const { leaver, receiver, kind, lastWorkingDay, decisionRef, reason } = handover;
    const { id } = await bus.execute(new RecordDepartureCommand({ userId: leaver.id, receiverId: receiver.id, kind, lastWorkingDay, decisionRef, reason }, context));
    ids.set(handover.name, id);
    return;
  }
  const handoverId = ids.get(handover.name)!;
  if (step.move === 'hand-over-all' || step.move === 'hand-over-first') return handOver(step, handoverId, context, api, step.move === 'hand-over-first');
  await bus.execute(new RunHandoverStep(step.move === 'release' ? { type: 'release', handoverId, note: 'Đã bàn giao đầy đủ' } : { type: 'sign', handoverId }, context));
}

/**
 * Staff hand-overs (DOMAIN.md §9) through the real command handlers: one completed and released,
 * one in progress (handoverPlan). Every step's key derives from the seed, and each item's from its
 * step's, so the same `now` and seed run again add nothing.
 */
export async function generateDemoHandovers(platform: DemoPlatform, options: { now: string; seed: number }): Promise<DemoHandoverResult> {
  await catchUp(platform);
  const ids = new Map<string, string>();
  const run = await runOfficePlan(platform, {
    start: new Date(Date.parse(options.now) - 11 * 86_400_000).toISOString(),
    plan: (organisation) => handoverPlan(organisation, options.now, options.seed),
    send: (step, context, api) => send(step, context, api, ids),
  });
  return { ...run, handovers: [...ids.values()] };
}

/** The hand-overs' share of `npm start`'s first run, after the other demos (their work is what the leavers hold). */
export async function seedDemoHandovers(platform: DemoPlatform, now: Date, log: (line: string) => void): Promise<DemoHandoverResult> {
  const result = await generateDemoHandovers(platform, { now: now.toISOString(), seed: 20250901 });
  log(`demo hand-overs: ${result.handovers.length} (one released, one in progress), ${result.steps} steps in ${(result.elapsedMs / 1000).toFixed(1)} s${result.failed ? ` (${result.failed} refused: ${result.errors[0]})` : ''}`);
  return result;
}
