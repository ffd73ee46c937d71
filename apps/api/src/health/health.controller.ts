import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags, type SchemaObject } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import { PROJECTOR_SILENCE_MS } from '@office/read-models';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorators';
import { runtimeSupport } from './runtime-support';

const CHECK_TIMEOUT_MS = 3_000;

const CHECK_SCHEMA: SchemaObject = { type: 'object', properties: { ok: { type: 'boolean' }, detail: { type: 'string' } } };
/** `{status, checks: {store, database, projector}}`, each check `{ok, detail}`. */
const READINESS_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['ok', 'unavailable'] },
    checks: { type: 'object', properties: { store: CHECK_SCHEMA, database: CHECK_SCHEMA, projector: CHECK_SCHEMA } },
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
  ) {}

  /** Liveness: this process answers HTTP (a load balancer's or orchestrator's restart probe; touches nothing else). */
  @Public()
  @Get('live')
  @ApiOkResponse({ schema: { type: 'object', properties: { status: { type: 'string', enum: ['ok'] } } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: 200 only when the store, the database and a projector are reachable; else 503 naming what is not. */
  @Public()
  @Get('ready')
  @ApiOkResponse({ schema: READINESS_SCHEMA })
  @ApiServiceUnavailableResponse({ schema: READINESS_SCHEMA })
  ready(@Res() reply: FastifyReply): Promise<void> {
    return this.health(reply);
  }

  /** The same as /health/ready (kept for existing probes). */
  @Public()
  @Get()
  @ApiOkResponse({ schema: READINESS_SCHEMA })
  @ApiServiceUnavailableResponse({ schema: READINESS_SCHEMA })
  async health(@Res() reply: FastifyReply): Promise<void> {
    const [store, database, projector] = await Promise.all([
      check(async () => `head ${await this.store.headPosition()}`),
      check(async () => (await this.dataSource.query('SELECT 1'), 'reachable')),
      check(() => this.projector()),
    ]);
    const ok = store.ok && database.ok && projector.ok;
    reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', checks: { store, database, projector }, runtime: runtimeSupport() });
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
