import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { compressedBody, type Encoding } from './compressed-bodies';

/**
 * The web application's files, read once at start: each with a content hash that goes into its
 * public URL (`/assets/js/dom.js` → `/assets/js/dom.3f9a1c07b2.js`), so that a browser may keep it
 * for a year and a changed file is fetched again under its new name. Nothing is built ahead:
 * the table is made when the API starts (restart after editing a file).
 */

/** 10 hex digits of SHA-256: 40 bits, no collision to fear among a few hundred files of one release. */
export const HASH_LENGTH = 10;

const sha256Of = (content: Buffer | string) => createHash('sha256').update(content).digest('hex');

/** The hash of a file's content that its fingerprinted URL carries. */
export function fingerprint(content: Buffer | string): string {
  return sha256Of(content).slice(0, HASH_LENGTH);
}

/** `/assets/js/dom.js` with hash `abc…` → `/assets/js/dom.abc….js` (the directory is kept: relative imports still resolve beside it). */
export function fingerprintedPath(path: string, hash: string): string {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') ? `${path.slice(0, dot)}.${hash}${path.slice(dot)}` : `${path}.${hash}`;
}

const FINGERPRINTED = new RegExp(`^(.*)\\.([0-9a-f]{${HASH_LENGTH}})(\\.[^./]+)$`);

/** The plain path and the hash of a fingerprinted path; the path itself and null when it carries none. */
export function splitFingerprint(path: string): { path: string; hash: string | null } {
  const match = FINGERPRINTED.exec(path);
  return match ? { path: match[1] + match[3], hash: match[2] } : { path, hash: null };
}

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Text compresses; images and fonts already are (compressing them again only costs time). */
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml)/;

export class WebAsset {
  readonly hash: string;
  private readonly sha256: string;
  readonly url: string;
  readonly type: string;
  readonly compressible: boolean;
  /** Compressed once, at the best ratio, the first time a browser asks for that encoding (in the background, never on the event loop; kept on disk: compressed-bodies.ts). */
  private readonly encoded = new Map<Encoding, Promise<Buffer>>();

  constructor(
    readonly path: string,
    readonly body: Buffer,
  ) {
    this.sha256 = sha256Of(body);
    this.hash = this.sha256.slice(0, HASH_LENGTH);
    this.url = fingerprintedPath(path, this.hash);
    this.type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    this.compressible = COMPRESSIBLE.test(this.type) && body.length > 256;
  }

  encodedAs(encoding: Encoding): Promise<Buffer> {
    let body = this.encoded.get(encoding);
    if (!body) {
      body = compressedBody(this.body, this.sha256, encoding);
      body.catch(() => this.encoded.delete(encoding));
      this.encoded.set(encoding, body);
    }
    return body;
  }
}

/** The encoding to answer with for an `Accept-Encoding` header: brotli, else gzip, else none (q=0 refuses). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([, ...params]) => !params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p)))
      .map(([name]) => name.trim()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Every file of `apps/web/assets` at `/assets/…`, and the vendor files (Chart.js) at
 * `/assets/vendor/…`; looked up by plain or fingerprinted path.
 */
export class WebAssets {
  private readonly byPath = new Map<string, WebAsset>();

  constructor(assets: Iterable<WebAsset>) {
    for (const asset of assets) this.byPath.set(asset.path, asset);
  }

  static load(assetsDirectory: string, vendor: ReadonlyArray<{ directory: string; file: string }>): WebAssets {
    const own = filesUnder(assetsDirectory).map((file) => new WebAsset(`/assets/${relative(assetsDirectory, file).split(sep).join('/')}`, readFileSync(file)));
    const vendored = vendor.map(({ directory, file }) => new WebAsset(`/assets/vendor/${file}`, readFileSync(join(directory, file))));
    return new WebAssets([...own, ...vendored]);
  }

  /** Replaces the file at the asset's path (reference.json when a new calendar is approved): its ETag changes with its content. */
  put(asset: WebAsset): void {
    this.byPath.set(asset.path, asset);
  }

  get(path: string): WebAsset | undefined {
    return this.byPath.get(path);
  }

  /** The asset a request path names, and whether it named the current fingerprint (then it may be cached for good). */
  resolve(requestPath: string): { asset: WebAsset; fingerprinted: boolean } | null {
    const exact = this.byPath.get(requestPath);
    if (exact) return { asset: exact, fingerprinted: false };
    const { path, hash } = splitFingerprint(requestPath);
    const asset = hash ? this.byPath.get(path) : undefined;
    return asset ? { asset, fingerprinted: asset.hash === hash } : null;
  }

  /** The public URL of a path: fingerprinted when the file is known, else the path itself. */
  url(path: string): string {
    return this.byPath.get(path)?.url ?? path;
  }

  all(): WebAsset[] {
    return [...this.byPath.values()];
  }

  /**
   * Compresses the large files (Chart.js: half a second of brotli at its best ratio) in the
   * background, so that the first browser to ask does not wait for it; small files are compressed
   * in a few milliseconds when first asked for.
   */
  precompressLarge(minBytes = 64 * 1024): Promise<unknown> {
    const large = this.all().filter((asset) => asset.compressible && asset.body.length >= minBytes);
    return Promise.allSettled(large.flatMap((asset) => [asset.encodedAs('br'), asset.encodedAs('gzip')]));
  }
}
