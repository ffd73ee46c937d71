import { readFileSync } from 'node:fs';
import { createPostgresEventStore } from '@office/event-store';
import { startApiProcess, type ApiProcess } from './api-process';
import { timed, waitForProjector as waitForEveryProjection, writeSyntheticYear } from './audit.bench';
import { benchDatabase, report, type Figure } from './harness';
import { cloneYear, waitForProjector, writeSample } from './onestop.bench';

/** Documents of 2026 (≈ 9 events each) and dossiers of the one-stop year (1/7/2025–30/6/2026, cloned from a projected sample). */
const DOCUMENTS = Number(process.env.BENCH_EVIDENCE_DOCUMENTS ?? 50_000);
const DOSSIERS = Number(process.env.BENCH_EVIDENCE_DOSSIERS ?? 400_000);
/** The pack's year: every document, and the half of the one-stop year that falls in it with what it carried over. */
const PERIOD = { from: '2026-01-01', to: '2026-12-31' };
/** Issue #12 item 7: a year for the whole office in at most 60 s and 300 MB. */
const LIMITS = { seconds: 60, rssMb: 300 };

/**
 * The ISO evidence pack of a year for the whole office (issue #12 item 7), against the real server
 * as a child process: the documents' registers, events and chains (as in the audit bench) and the
 * quality parts over a one-stop year (per-procedure statistics, the dossiers' steps, twelve 766
 * panels, the process register, the self-check list) written together; time, zip size and the
 * API's peak RSS while the pack is prepared and streamed.
 */
export async function evidenceBench(): Promise<Figure[]> {
  const db = await benchDatabase('bench_evidence');
  const figures: Figure[] = [];
  let api: ApiProcess | undefined;
  try {
    const head = await writeSample(db.url, figures);
    const store = await createPostgresEventStore(db.url, { poolSize: 16 });
    const events = await writeSyntheticYear(store, DOCUMENTS).finally(() => store.close());
    figures.push(report({ bench: 'evidence', name: 'documents of the year written', value: events, unit: 'events', note: `${DOCUMENTS} documents` }));
    api = await startApiProcess(db.url);
    const leader = await api.login('chanh.vp');
    await waitForProjector(api, leader, head);
    const year = await cloneYear(db.url, DOSSIERS);
    figures.push(report({ bench: 'evidence', name: 'one-stop year cloned', value: year.dossiers, unit: 'dossiers', note: `${year.handovers} control-sheet rows` }));
    const seconds = await waitForEveryProjection(db.url);
    figures.push(report({ bench: 'evidence', name: 'projector catch-up on the documents', value: seconds, unit: 's' }));

    const iso = await api.login('thuky.iso');
    let bytes = 0;
    const before = api.rssMb();
    const cpuBefore = cpuSeconds(api.pid);
    const pack = await timed(api, async () => {
      const response = await fetch(`${api!.baseUrl}/api/iso/evidence?from=${PERIOD.from}&to=${PERIOD.to}`, { headers: { authorization: `Bearer ${iso}` } });
      if (response.status !== 200) throw new Error(`evidence: ${response.status} ${await response.text()}`);
      for await (const chunk of response.body!) bytes += (chunk as Uint8Array).length;
    });
    figures.push(report({ bench: 'evidence', name: `ISO evidence pack of a year, whole office (limit ${LIMITS.seconds} s)`, value: pack.seconds, unit: 's', note: `${(bytes / 1_048_576).toFixed(1)} MB zip` }));
    figures.push(report({ bench: 'evidence', name: `ISO evidence pack: API peak RSS (limit ${LIMITS.rssMb} MB)`, value: pack.peakRssMb, unit: 'MB', note: `${before.toFixed(0)} MB before` }));
    figures.push(report({ bench: 'evidence', name: 'ISO evidence pack: API CPU time (all its threads)', value: cpuSeconds(api.pid) - cpuBefore, unit: 's', note: 'what a busy machine does not distort' }));
  } finally {
    await api?.stop();
    await db.stop();
  }
  return figures;
}

/** User + system CPU seconds of a process so far (Linux: /proc/<pid>/stat, fields 14 and 15, in clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
