import multipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@office/runtime';
import type { ApiRuntime } from '../api-runtime';
import type { AttachmentsRuntime, UploadLimits } from './attachments-runtime';
import { openAttachments } from './open-attachments';

/** The runtime's attachment store, or the one the environment configures (the launcher's default). */
export async function withAttachments(runtime: ApiRuntime): Promise<ApiRuntime & { attachments: AttachmentsRuntime }> {
  return { ...runtime, attachments: runtime.attachments ?? (await openAttachments(loadConfig(process.env).attachments)) };
}

/**
 * @fastify/multipart, once for the app: uploads stream part by part (never buffered whole). Its own
 * limits are backstops just above ours — the intake refuses first, naming the file and the limit.
 */
export async function registerMultipart(app: NestFastifyApplication, limits: UploadLimits): Promise<void> {
  await app.register(multipart as never, {
    limits: { fileSize: limits.maxFileBytes + 1, files: limits.maxFiles + 1, fields: 20, parts: limits.maxFiles + 21, fieldSize: 64 * 1024, headerPairs: 200 },
  });
}
