import { CommandBus } from '@nestjs/cqrs';
import type { INestApplicationContext } from '@nestjs/common';
import { addCalendarDays, DEMO_CATALOGUE, localDateOf, type LocalDate } from '@office/domain';
import type { CommandContext } from '../../../api/src/commands/command-context';
import type { DossierCommandInput } from '../../../api/src/dossiers/dossier-streams';
import { RunDossierStep } from '../../../api/src/dossiers/dossier-step/dossier-step.handler';
import { IssueDossierResultCommand } from '../../../api/src/dossiers/issue-dossier-result/issue-dossier-result.handler';
import { ReceiveDossierCommand } from '../../../api/src/dossiers/receive-dossier/receive-dossier.handler';
import { GiveReceptionSlip } from '../../../api/src/dossiers/reception-slip/reception-slip.handler';
import { seedDemoCatalogue } from '../../../api/src/procedures/demo-catalogue/seed-demo-catalogue';
import { runOfficePlan, type DemoPlatform, type OfficeRun } from '../office/in-process-office';
import { instantAt } from '../office/working-time';
import { dossierPlan, type PlannedDossierStep } from './dossier-plan';

export interface DemoDossiersOptions {
  /** Applicants over the period (dossiers received, plus those refused or sent back at the desk). */
  dossiers: number;
  from: LocalDate;
  to: LocalDate;
  /** Nothing happens after this instant (default: the end of `to`). */
  until?: string;
  seed: number;
  onProgress?: (progress: DemoDossiersResult) => void;
}

export interface DemoDossiersResult extends OfficeRun {
  /** Dossiers received (codes given). */
  received: number;
  /** Mẫu 02 and Mẫu 03 given at the desk without a dossier. */
  slips: number;
}

/**
 * Generates a period of the one-stop desk through the real command handlers (runOfficePlan: the
 * API in this process, its clock moved from step to step, each step sent as the planned person),
 * after making sure the demo catalogue is there. Every step's idempotency key comes from the
 * seeded plan, so dossier and event ids are the same on every run and the same seed and period
 * run again add nothing.
 */
export async function generateDemoDossiers(platform: DemoPlatform, options: DemoDossiersOptions): Promise<DemoDossiersResult> {
  const start = instantAt(options.from, 0);
  // Approved before the period's first reception; appends nothing when the catalogue is already seeded.
  await seedDemoCatalogue(platform, new Date(start), () => undefined);
  const ids = new Map<string, string>();
  const counts = { received: 0, slips: 0 };
  const withCounts = (run: OfficeRun): DemoDossiersResult => ({ ...run, ...counts });
  const run = await runOfficePlan(platform, {
    start,
    plan: (organisation, calendar) => dossierPlan({ ...options, organisation, calendar, catalogue: DEMO_CATALOGUE }),
    send,
    onProgress: options.onProgress && ((progress) => options.onProgress!(withCounts(progress))),
  });
  return withCounts(run);

  async function send(step: PlannedDossierStep, context: CommandContext, api: INestApplicationContext): Promise<void> {
    const commands = api.get(CommandBus);
    const { command } = step;
    if (command.type === 'slip') {
      await commands.execute(new GiveReceptionSlip(command.slip, context));
      counts.slips++;
      return;
    }
    if (command.type === 'receive') {
      const { id } = await commands.execute(new ReceiveDossierCommand(command.reception, context));
      ids.set(step.subject, id);
      counts.received++;
      return;
    }
    const id = ids.get(step.subject);
    if (!id) throw new Error('the dossier was not received');
    if (command.type === 'issue') await commands.execute(new IssueDossierResultCommand(id, { recipients: command.recipients, copies: command.copies }, context));
    else await commands.execute(new RunDossierStep({ ...command.step, dossierId: id } as DossierCommandInput, context));
  }
}

/**
 * The desk's share of `npm start`'s first run: about 200 applicants over the last eight weeks, up
 * to now. The caller runs it only when the documents' demo found an empty log (a restart, or a
 * later day with another period, must not add a second set).
 */
export async function seedDemoDossiers(platform: DemoPlatform, now: Date, log: (line: string) => void): Promise<DemoDossiersResult> {
  const today = localDateOf(now);
  const result = await generateDemoDossiers(platform, { dossiers: 200, from: addCalendarDays(today, -56), to: today, until: now.toISOString(), seed: 20250701 });
  log(`demo dossiers: ${result.received} received, ${result.slips} desk slips, ${result.steps} steps over the last 8 weeks in ${(result.elapsedMs / 1000).toFixed(1)} s${result.failed ? ` (${result.failed} refused: ${result.errors[0]})` : ''}`);
  return result;
}
