import { ServiceUnavailableException } from '@nestjs/common';
import { DEMO_OFFICE, DEMO_PROVINCE } from '@office/forms';
import { FolderExchange, type DocumentExchange } from '@office/exchange';

/** Nest's token of the exchange runtime (`ExchangeRuntime | null`: null when no exchange is configured). */
export const EXCHANGE = Symbol('EXCHANGE');

/** What the exchange needs: the port, where this office is (the promulgation line's place), how often to look at the inbox. */
export interface ExchangeRuntime {
  exchange: DocumentExchange;
  place: string;
  pollMs: number;
}

const DEFAULT_POLL_MS = 2_000;

/**
 * The folder adapter from the environment: `EXCHANGE_DIR` (the exchange root shared by the agencies),
 * `EXCHANGE_AGENCY_CODE` (this office's organ code), `EXCHANGE_AGENCY_NAME`, `EXCHANGE_POLL_MS`.
 * Without EXCHANGE_DIR the product runs without exchange (its routes answer 503).
 */
export async function exchangeFromEnvironment(env: NodeJS.ProcessEnv): Promise<ExchangeRuntime | null> {
  const root = env.EXCHANGE_DIR?.trim();
  if (!root) return null;
  const organId = env.EXCHANGE_AGENCY_CODE?.trim();
  if (!organId) throw new Error('EXCHANGE_AGENCY_CODE is required with EXCHANGE_DIR (the organ code of this office on the exchange, e.g. 000.00.31.H01)');
  const pollMs = Number(env.EXCHANGE_POLL_MS ?? DEFAULT_POLL_MS);
  if (!Number.isInteger(pollMs) || pollMs < 100) throw new Error('EXCHANGE_POLL_MS must be an integer of at least 100 (milliseconds)');
  const exchange = await FolderExchange.open(root, { organId, organName: env.EXCHANGE_AGENCY_NAME?.trim() || DEMO_OFFICE.fullName });
  return { exchange, place: DEMO_PROVINCE, pollMs };
}

/** The runtime, or 503 EXCHANGE_NOT_CONFIGURED for a route called on an instance without exchange. */
export function requireExchange(runtime: ExchangeRuntime | null): ExchangeRuntime {
  if (!runtime) throw new ServiceUnavailableException('Chưa cấu hình liên thông văn bản trên máy chủ này (EXCHANGE_DIR, EXCHANGE_AGENCY_CODE)');
  return runtime;
}
