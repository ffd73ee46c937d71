import { parseClamdAddress } from './clamd-address';
import { ClamdScanner, type ClamdScannerOptions } from './clamd-scanner';

/** The scanner `CLAMD_ADDRESS` names, or null: none configured means uploads are not scanned. */
export function clamdScannerFromEnv(env: NodeJS.ProcessEnv = process.env, options?: ClamdScannerOptions): ClamdScanner | null {
  const value = env.CLAMD_ADDRESS?.trim();
  return value ? new ClamdScanner(parseClamdAddress(value), options) : null;
}

/** The malware scanner as /health shows it. */
export type ScannerStatus = { status: 'not configured' } | { status: 'up'; address: string; version: string } | { status: 'down'; address: string; error: string };

/** Asks clamd for its version: the cheapest call that proves it answers. */
export async function scannerStatus(scanner: ClamdScanner | null): Promise<ScannerStatus> {
  if (!scanner) return { status: 'not configured' };
  try {
    return { status: 'up', address: scanner.describe(), version: await scanner.version() };
  } catch (error) {
    return { status: 'down', address: scanner.describe(), error: (error as Error).message };
  }
}
