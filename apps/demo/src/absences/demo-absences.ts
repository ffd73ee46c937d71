import { CommandBus } from '@nestjs/cqrs';
import { RunAbsenceStep } from '../../../api/src/absences/absence-step/absence-step.handler';
import type { RequestAbsenceRequest } from '../../../api/src/absences/absence-requests';
import { RequestAbsenceCommand } from '../../../api/src/absences/request-absence/request-absence.handler';
import { runOfficePlan, type DemoPlatform, type OfficeRun } from '../office/in-process-office';
import { absencePlan } from './absence-plan';

const DAY_MS = 86_400_000;

/** The demo's absences through the real handlers (request, approve, refuse); the same `now` and seed run again add nothing. */
export async function generateDemoAbsences(platform: DemoPlatform, options: { now: string; seed: number }): Promise<OfficeRun> {
  return runOfficePlan(platform, {
    start: new Date(Date.parse(options.now) - 30 * DAY_MS).toISOString(),
    plan: (organisation, calendar) => absencePlan(organisation, calendar, options.now, options.seed),
    send: async (step, context, api) => {
      const commands = api.get(CommandBus);
      if (step.type === 'request') await commands.execute(new RequestAbsenceCommand(step.request as RequestAbsenceRequest, context));
      else if (step.type === 'approve') await commands.execute(new RunAbsenceStep({ type: 'approve', absenceId: step.absenceId, note: step.text }, context));
      else await commands.execute(new RunAbsenceStep({ type: 'refuse', absenceId: step.absenceId, reason: step.text }, context));
    },
  });
}

/** The absences' share of `npm start`'s first run. */
export async function seedDemoAbsences(platform: DemoPlatform, now: Date, log: (line: string) => void): Promise<OfficeRun> {
  const result = await generateDemoAbsences(platform, { now: now.toISOString(), seed: 20251201 });
  log(`demo absences: ${result.steps} steps in ${(result.elapsedMs / 1000).toFixed(1)} s${result.failed ? ` (${result.failed} refused: ${result.errors[0]})` : ''}`);
  return result;
}
