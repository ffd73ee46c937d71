import { CommandBus } from '@nestjs/cqrs';
import { addCalendarDays, localDateOf, type DelegationKind, type Organisation, type User } from '@office/domain';
import { derivedUuid } from '@office/event-store';
import { RecordDelegationCommand } from '../../../api/src/delegations/record-delegation/record-delegation.handler';
import type { RecordDelegationRequest } from '../../../api/src/delegations/record-delegation/record-delegation.request';
import { runOfficePlan, type DemoPlatform, type OfficeRun, type OfficeStep } from '../office/in-process-office';

/*
 * Signing authority in the demo (DOMAIN.md §10): the chairman's KT. to the vice-chairman for the
 * economy over the General Affairs field, his TUQ. to the office chief for invitations and notices,
 * and a TL. for the office's official letters, each recorded the day before it starts, through the
 * real handler. Every step's key derives from the seed (and the delegation's id from the key), so
 * the same `now` and seed run again add nothing.
 */

interface PlannedDelegation extends OfficeStep {
  request: RecordDelegationRequest;
}

const DAY_MS = 86_400_000;

export function delegationPlan(organisation: Organisation, now: string, seed: number): PlannedDelegation[] {
  const user = (username: string): User => organisation.users.find((u) => u.username === username)!;
  const today = localDateOf(now);
  const recordedAt = new Date(Date.parse(now) - 3 * DAY_MS).toISOString();
  const instrumentDate = localDateOf(recordedAt);
  const planned = (name: string, actor: User, kind: DelegationKind, grantee: string, request: Partial<RecordDelegationRequest>): PlannedDelegation => ({
    at: recordedAt, subject: name, actor, label: `ghi nhận ${kind}. ${name}`, key: derivedUuid('demo-delegations', String(seed), name),
    request: {
      kind, grantorId: user('chu.tich').id, granteeId: user(grantee).id, instrument: { symbol: request.instrument?.symbol ?? '', date: instrumentDate },
      validFrom: addCalendarDays(today, -2), ...request,
    } as RecordDelegationRequest,
  });
  return [
    planned('kt-tong-hop', user('chanh.vp'), 'KT', 'pho.chu.tich.kt', {
      instrument: { symbol: '45/QĐ-UBND', date: instrumentDate }, validTo: addCalendarDays(today, 12), scope: { fieldCodes: ['TH'], documentTypes: [] },
    }),
    planned('tuq-chanh-vp', user('chu.tich'), 'TUQ', 'chanh.vp', {
      instrument: { symbol: '46/QĐ-UBND', date: instrumentDate }, validTo: addCalendarDays(today, 60), scope: { fieldCodes: [], documentTypes: ['invitation', 'notice'] },
    }),
    planned('tl-cong-van', user('chu.tich'), 'TL', 'chanh.vp', {
      instrument: { symbol: '47/QĐ-UBND', date: instrumentDate }, validTo: null, scope: { fieldCodes: ['TH'], documentTypes: ['official_letter'] },
      regulationClause: 'Quy chế làm việc của UBND tỉnh, Điều 11 khoản 2',
    }),
  ];
}

/** The demo's delegations through the real record handler, each on the day before it starts. */
export async function generateDemoDelegations(platform: DemoPlatform, options: { now: string; seed: number }): Promise<OfficeRun> {
  return runOfficePlan(platform, {
    start: new Date(Date.parse(options.now) - 4 * DAY_MS).toISOString(),
    plan: (organisation) => delegationPlan(organisation, options.now, options.seed),
    send: async (step, context, api) => {
      await api.get(CommandBus).execute(new RecordDelegationCommand(step.request, context));
    },
  });
}

/** The delegations' share of `npm start`'s first run. */
export async function seedDemoDelegations(platform: DemoPlatform, now: Date, log: (line: string) => void): Promise<OfficeRun> {
  const result = await generateDemoDelegations(platform, { now: now.toISOString(), seed: 20250901 });
  log(`demo signing delegations: ${result.steps} steps in ${(result.elapsedMs / 1000).toFixed(1)} s${result.failed ? ` (${result.failed} refused: ${result.errors[0]})` : ''}`);
  return result;
}
