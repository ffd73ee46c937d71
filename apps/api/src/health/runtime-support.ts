/**
 * The Node.js lines this product is tested on and what their makers still support (README
 * "Requirements"): 24 is the active LTS, 22 in maintenance until 30 April 2027, 20 reached its end
 * of life on 30 April 2026 (no more security fixes: it still runs the product, tested in CI, but
 * a deployment should move). `/health` reports it so an operator sees it without a shell.
 */
const LINES: Readonly<Record<number, { status: 'active_lts' | 'maintenance_lts' | 'end_of_life'; until: string }>> = {
  20: { status: 'end_of_life', until: '2026-04-30' },
  22: { status: 'maintenance_lts', until: '2027-04-30' },
  24: { status: 'active_lts', until: '2028-04-30' },
};

export interface RuntimeSupport {
  node: string;
  /** Whether this line is one the product is built and tested for. */
  supported: boolean;
  status: 'active_lts' | 'maintenance_lts' | 'end_of_life' | 'untested';
  /** Last day of the line's security fixes, when known. */
  supportedUntil: string | null;
}

export function runtimeSupport(version: string = process.version): RuntimeSupport {
  const major = Number.parseInt(version.replace(/^v/, ''), 10);
  const line = LINES[major];
  return { node: version, supported: line !== undefined, status: line?.status ?? 'untested', supportedUntil: line?.until ?? null };
}
