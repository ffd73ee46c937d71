import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags, type SchemaObject } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import { PROJECTOR_SILENCE_MS } from '@office/read-models';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorators';
import { ATTACHMENTS, type AttachmentsRuntime } from '../attachments/attachments-runtime';
import { runtimeSupport } from './runtime-support';

const CHECK_TIMEOUT_MS = 3_000;

const CHECK_SCHEMA: SchemaObject = { type: 'object', properties: { ok: { type: 'boolean' }, detail: { type: 'string' } } };
/** `{status, checks: {store, database, projector}}`, each check `{ok, detail}`. */
const READINESS_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['ok', 'unavailable'] },
    checks: { type: 'object', properties: { store: CHECK_SCHEMA, database: CHECK_SCHEMA, projector: CHECK_SCHEMA } },
    attachments: {
      type: 'object',
      description: 'reported, not part of `status`: the attachment store (its description) and the malware scanner (`configured`, `reachable`)',
      properties: { store: CHECK_SCHEMA, scanner: { type: 'object', properties: { configured: { type: 'boolean' }, reachable: { type: 'boolean' }, detail: { type: 'string' } } } },
    },
    runtime: { type: 'object', description: 'Node.js version and whether its line is supported (README "Requirements")' },
  },
};

interface Check {
  ok: boolean;
  detail?: string;
}

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
    @Inject(ATTACHMENTS) private readonly attachments: AttachmentsRuntime,
  ) {}

  /** Liveness: this process answers HTTP (a load balancer's or orchestrator's restart probe; touches nothing else). */
  @Public()
  @Get('live')
  @ApiOkResponse({ schema: { type: 'object', properties: { status: { type: 'string', enum: ['ok'] } } } })
  @ApiOperation({ summary: 'Liveness: this process answers HTTP (touches nothing else)' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: 200 only when the store, the database and a projector are reachable; else 503 naming what is not. */
  @Public()
  @Get('ready')
  @ApiOkResponse({ schema: READINESS_SCHEMA })
  @ApiServiceUnavailableResponse({ schema: READINESS_SCHEMA })
  @ApiOperation({ summary: 'Readiness: 200 only when the store, the database and a projector are reachable; else 503 naming what is not' })
  ready(@Res() reply: FastifyReply): Promise<void> {
    return this.health(reply);
  }

  /** The same as /health/ready (kept for existing probes). */
  @Public()
  @Get()
  @ApiOkResponse({ schema: READINESS_SCHEMA })
  @ApiServiceUnavailableResponse({ schema: READINESS_SCHEMA })
  @ApiOperation({ summary: 'The same as /health/ready (kept for existing probes)' })
  async health(@Res() reply: FastifyReply): Promise<void> {
    const [store, database, projector, attachments] = await Promise.all([
      check(async () => `head ${await this.store.headPosition()}`),
      check(async () => (await this.dataSource.query('SELECT 1'), 'reachable')),
      check(() => this.projector()),
      this.attachmentChecks(),
    ]);
    const ok = store.ok && database.ok && projector.ok;
    reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', checks: { store, database, projector }, attachments, runtime: runtimeSupport() });
  }

  /**
   * Reported beside the checks, not among them: without the file store or the scanner, uploads and
   * downloads fail (503 naming why) while every other request still works, so the instance stays in service.
   */
  private async attachmentChecks() {
    const { store, scanner } = this.attachments;
    // A hash nobody stores: the answer (none) proves the store answers.
    const files = await check(async () => (await store.stat('0'.repeat(64)), store.describe()));
    if (!scanner) return { store: files, scanner: { configured: false, reachable: false, detail: 'CLAMD_ADDRESS not set: uploads are not scanned' } };
    const ping = await check(async () => (await scanner.ping(), scanner.describe()));
    return { store: files, scanner: { configured: true, reachable: ping.ok, detail: ping.detail } };
  }

  private async projector(): Promise<string> {
    const rows: Array<{ instance_id: string; silent_ms: number }> = await this.dataSource.query(
      `SELECT instance_id, (EXTRACT(EPOCH FROM now() - beat_at) * 1000)::float8 AS silent_ms
         FROM projector_heartbeats ORDER BY beat_at DESC LIMIT 1`,
    );
    const latest = rows[0];
    if (!latest) throw new Error('no projector has started');
    if (latest.silent_ms > PROJECTOR_SILENCE_MS) throw new Error(`projector ${latest.instance_id} silent for ${Math.round(latest.silent_ms / 1000)} s`);
    const failed: Array<{ name: string }> = await this.dataSource.query(`SELECT name FROM projection_checkpoints WHERE status = 'failed' ORDER BY name`);
    if (failed.length > 0) throw new Error(`projection stopped: ${failed.map((f) => f.name).join(', ')}`);
    return `${latest.instance_id} alive`;
  }
}

async function check(probe: () => Promise<string>): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS)));
    return { ok: true, detail: await Promise.race([probe(), timeout]) };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
