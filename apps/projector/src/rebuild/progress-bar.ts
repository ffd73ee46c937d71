import type { RebuildProgress } from './rebuild';

/** `12,345` */
const count = (n: number) => Math.round(n).toLocaleString('en-US');

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
}

/** One line: phase, bar, events done of total, events per second and time left. */
export function progressLine(p: RebuildProgress, width = 30): string {
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.done / seconds : 0;
  const rateText = `${count(rate)} events/s`;
  if (p.total === null || p.total === 0) return `${p.phase.padEnd(26)} ${count(p.done)} events  ${rateText}  ${duration(seconds)}`;
  const fraction = Math.min(1, p.done / p.total);
  const filled = Math.round(fraction * width);
  const eta = p.phase === 'reading' ? `ETA ${duration(rate > 0 ? Math.max(0, p.total - p.done) / rate : Infinity)}` : `${duration(seconds)}`;
  return `${p.phase.padEnd(26)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)} %  ${count(p.done)}/${count(p.total)} events  ${rateText}  ${eta}`;
}

/**
 * Draws the progress on a terminal (redrawn in place at most 10 times a second), or as a line
 * every few seconds and at each phase change when stderr is a file or a pipe.
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): { update(p: RebuildProgress): void; finish(): void } {
  let lastDraw = 0;
  let lastPhase = '';
  let drawn = false;
  const tty = stream.isTTY === true;
  return {
    update(p) {
      const now = Date.now();
      const phaseChanged = p.phase !== lastPhase;
      if (!phaseChanged && now - lastDraw < (tty ? 100 : 2_000)) return;
      lastDraw = now;
      lastPhase = p.phase;
      if (tty) {
        stream.write(`\r${progressLine(p)}\x1b[K`);
        drawn = true;
      } else {
        stream.write(`${progressLine(p)}\n`);
      }
    },
    finish() {
      if (tty && drawn) stream.write('\n');
    },
  };
}
