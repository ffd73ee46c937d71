import { readFileSync } from 'node:fs';

/** Nest's token of the trusted root certificates (DER) signatures are chained to; empty: no chain check, and every result says so. */
export const SIGNATURE_TRUSTED_ROOTS = Symbol('SIGNATURE_TRUSTED_ROOTS');

const PEM = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+?)-----END CERTIFICATE-----/g;

/**
 * The roots named by SIGNATURE_TRUSTED_ROOTS (a PEM file, e.g. the Government's dedicated root CA
 * and its subordinate CAs as Ban Cơ yếu publishes them); none when unset.
 */
export function trustedRootsFrom(env: NodeJS.ProcessEnv = process.env): Buffer[] {
  const file = env.SIGNATURE_TRUSTED_ROOTS;
  if (!file) return [];
  const roots = [...readFileSync(file, 'latin1').matchAll(PEM)].map((match) => Buffer.from(match[1].replace(/\s/g, ''), 'base64'));
  if (roots.length === 0) throw new Error(`SIGNATURE_TRUSTED_ROOTS=${file} holds no PEM certificate`);
  return roots;
}
