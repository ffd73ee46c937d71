import { CommandBus } from '@nestjs/cqrs';
import { RunRecordsStep } from '../../../api/src/records/records-step';
import { runOfficePlan, type DemoPlatform, type OfficeRun } from '../office/in-process-office';
import { recordsPlan, type FileableItem } from './records-plan';

export interface DemoRecordsOptions {
  /** The demo's today: the year's files run from 2 January to it. */
  now: string;
  seed: number;
}

export interface DemoRecordsResult extends OfficeRun {
  /** Case files opened by the plan. */
  caseFiles: number;
}

/** The demo's issued documents and registered directives, from the log itself (exact, whether or not the projector has caught up). */
async function fileableItems(platform: DemoPlatform): Promise<FileableItem[]> {
  const rows: Array<{ kind: FileableItem['kind']; id: string; title: string; at: string }> = await platform.dataSource.query(
    `SELECT 'document' AS kind, substr(i.stream_id, 10) AS id, (i.data->>'symbol') || ': ' || (r.data->>'excerpt') AS title, i.data->>'at' AS at
       FROM event_store.events i JOIN event_store.events r ON r.stream_id = i.stream_id AND r.type = 'DocumentReceived'
      WHERE i.type = 'DocumentIssued'
     UNION ALL
     SELECT 'directive', substr(stream_id, 11), 'Nhiệm vụ: ' || (data->>'content'), data->>'at' FROM event_store.events WHERE type = 'DirectiveRegistered'
     ORDER BY at LIMIT 200`,
  );
  return rows;
}

/**
 * The year's files and archives (DOMAIN.md §9) through the real command handlers (runOfficePlan):
 * ids and idempotency keys derive from the year and the seed, so the same run again adds nothing.
 */
export async function generateDemoRecords(platform: DemoPlatform, options: DemoRecordsOptions): Promise<DemoRecordsResult> {
  const items = await fileableItems(platform);
  const opened = new Set<string>();
  const run = await runOfficePlan(platform, {
    start: `${options.now.slice(0, 4)}-01-01T02:00:00.000Z`,
    plan: (organisation) => recordsPlan({ organisation, now: options.now, seed: options.seed, items }),
    send: async (step, context, api) => {
      await api.get(CommandBus).execute(new RunRecordsStep(step.step, context));
      if (step.step.on === 'case-file' && step.step.input.type === 'open') opened.add(step.subject);
    },
  });
  return { ...run, caseFiles: opened.size };
}

/** The records' share of `npm start`'s first run, beside the documents' demo on an empty log. */
export async function seedDemoRecords(platform: DemoPlatform, now: Date, log: (line: string) => void): Promise<DemoRecordsResult> {
  const result = await generateDemoRecords(platform, { now: now.toISOString(), seed: 20250901 });
  log(`demo files and archives: ${result.caseFiles} case files, ${result.steps} steps in ${(result.elapsedMs / 1000).toFixed(1)} s${result.failed ? ` (${result.failed} refused: ${result.errors[0]})` : ''}`);
  return result;
}
