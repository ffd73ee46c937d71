/** Where clamd listens: a TCP port or a Unix socket. */
export type ClamdAddress = { host: string; port: number } | { path: string };

/**
 * Reads `CLAMD_ADDRESS`: `host:port` (`[::1]:3310` for IPv6) or the path of clamd's Unix socket
 * (`/run/clamav/clamd.ctl`, as Debian's clamav-daemon makes it; `unix:` before it is accepted).
 */
export function parseClamdAddress(value: string): ClamdAddress {
  const text = value.trim();
  const path = text.replace(/^unix:/, '');
  if (path.startsWith('/')) return { path };
  const match = /^(?:tcp:\/\/)?(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(text);
  const port = match ? Number(match[2]) : NaN;
  if (!match || port < 1 || port > 65_535) throw new Error(`CLAMD_ADDRESS must be host:port or the absolute path of a Unix socket (got "${value}")`);
  return { host: match[1].replace(/^\[|\]$/g, ''), port };
}

export function formatClamdAddress(address: ClamdAddress): string {
  return 'path' in address ? `unix:${address.path}` : `${address.host.includes(':') ? `[${address.host}]` : address.host}:${address.port}`;
}
