import { CommandBus } from '@nestjs/cqrs';
import { seedDemoCatalogue } from '../../../api/src/procedures/demo-catalogue/seed-demo-catalogue';
import { RunQualityStep } from '../../../api/src/quality/quality-step/quality-step.handler';
import { runOfficePlan, type DemoPlatform, type OfficeRun } from '../office/in-process-office';
import { qualityPlan } from './quality-plan';

export interface DemoQualityOptions {
  /** The demo's today: the year's cycle runs from 1 January to it, the legal changes' clocks count back from it. */
  now: string;
  seed: number;
}

export interface DemoQualityResult extends OfficeRun {
  /** Records the plan wrote to: legal changes, the audit, nonconformities, the review, the declaration. */
  records: number;
}

/** The office's clock starts before the oldest legal change the plan registers. */
const LOOK_BACK_MS = 200 * 86_400_000;

/**
 * The ISO quality management system's year (DOMAIN.md §7) through the real command handlers
 * (runOfficePlan), after making sure the demo catalogue (the process register) is there: every
 * record's id derives from the plan and every step's idempotency key too, so the same `now` and
 * seed run again add nothing.
 */
export async function generateDemoQuality(platform: DemoPlatform, options: DemoQualityOptions): Promise<DemoQualityResult> {
  const start = new Date(Date.parse(options.now) - LOOK_BACK_MS);
  // Appends nothing when the catalogue is already seeded (`npm start` seeds it first).
  await seedDemoCatalogue(platform, start, () => undefined);
  const records = new Set<string>();
  const run = await runOfficePlan(platform, {
    start: start.toISOString(),
    plan: (organisation, calendar) => qualityPlan({ organisation, calendar, now: options.now, seed: options.seed }),
    send: async (step, context, api) => {
      await api.get(CommandBus).execute(new RunQualityStep(step.command, context));
      records.add(step.subject);
    },
  });
  return { ...run, records: records.size };
}

/** The quality system's share of `npm start`'s first run, beside the documents' demo on an empty log. */
export async function seedDemoQuality(platform: DemoPlatform, now: Date, log: (line: string) => void): Promise<DemoQualityResult> {
  const result = await generateDemoQuality(platform, { now: now.toISOString(), seed: 20250901 });
  log(`demo quality system: ${result.records} records (legal changes, audit, nonconformities, review, declaration), ${result.steps} steps in ${(result.elapsedMs / 1000).toFixed(1)} s${result.failed ? ` (${result.failed} refused: ${result.errors[0]})` : ''}`);
  return result;
}
