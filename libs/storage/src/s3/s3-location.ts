/** Where the S3 adapter keeps attachments, from `ATTACHMENTS_S3_URL`. */
export interface S3Location {
  bucket: string;
  /** Keys are `<prefix>sha256/<hash>`; the prefix is empty or ends with `/`. */
  prefix: string;
  /** An S3-compatible server (MinIO, Ceph, Garage…); absent for AWS itself. */
  endpoint?: string;
  region: string;
  /** `bucket` in the path rather than the host name, as most self-hosted servers need. */
  forcePathStyle: boolean;
}

const PARAMETERS = new Set(['endpoint', 'region', 'forcePathStyle']);

/**
 * Reads `s3://bucket[/prefix]?endpoint=http://host:9000&region=us-east-1&forcePathStyle=true`. Credentials
 * never travel in the URL: the SDK takes them from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or its
 * other usual sources), so the URL can be logged and shown in /health.
 */
export function parseS3Url(value: string): S3Location {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ATTACHMENTS_S3_URL is not a URL: "${value}"`);
  }
  if (url.protocol !== 's3:') throw new Error(`ATTACHMENTS_S3_URL must start with s3:// (got "${url.protocol}//")`);
  if (url.username || url.password) throw new Error('ATTACHMENTS_S3_URL must not carry credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY');
  const bucket = url.hostname;
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) throw new Error(`ATTACHMENTS_S3_URL names no valid bucket (got "${bucket}")`);
  const unknown = [...url.searchParams.keys()].filter((key) => !PARAMETERS.has(key));
  if (unknown.length) throw new Error(`ATTACHMENTS_S3_URL has unknown parameters: ${unknown.join(', ')} (known: ${[...PARAMETERS].join(', ')})`);

  const endpoint = url.searchParams.get('endpoint') ?? undefined;
  if (endpoint !== undefined && !/^https?:\/\/[^/]+/.test(endpoint)) throw new Error(`ATTACHMENTS_S3_URL endpoint must be an http(s) URL (got "${endpoint}")`);
  const forcePathStyle = url.searchParams.get('forcePathStyle') ?? 'false';
  if (forcePathStyle !== 'true' && forcePathStyle !== 'false') throw new Error(`ATTACHMENTS_S3_URL forcePathStyle must be true or false (got "${forcePathStyle}")`);
  const path = decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, '');
  return {
    bucket,
    prefix: path ? `${path}/` : '',
    endpoint,
    region: url.searchParams.get('region') ?? 'us-east-1',
    forcePathStyle: forcePathStyle === 'true',
  };
}
