import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { resetFailedProjection } from '../../../apps/projector/src/projection-admin';
import { waitForCheckpoints } from '../../../apps/projector/src/testing/instances';
import { waitFor } from '../../support/until-passes';
import { lastWritten } from '../../support/database';
import { documentAt, registration, step } from '../../support/document-steps';
import { useTestApp } from '../../support/test-app';

const OUTGOING = 'outgoing-register.v1';
const OTHERS = ['document-summaries.v1', 'incoming-register.v1', 'process-steps.v1'];

/** The value of one Prometheus sample, e.g. `office_ledger_projection_failed{projection="outgoing-register.v1"}` (`name` without the prefix). */
function sample(metrics: string, name: string, projection?: string): number | null {
  const label = projection ? `{projection="${projection}"}` : '';
  const line = metrics.split('\n').find((l) => l.startsWith(`office_ledger_${name}${label} `));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : null;
}

/*
 * A poison event — one the outgoing register cannot store (here a rule its table enforces, as a
 * bug would) — stops that projection only, and visibly: /health answers 503 naming it, /metrics
 * flags it, the others go on. After the cause is fixed, reset-failed resumes it from the event.
 */
describe('a poison event through the product', () => {
  const app = useTestApp();
  let signed: string;

  beforeAll(async () => {
    signed = await documentAt(app, 'signed', { source: { agency: 'Sở Tài chính', symbol: '77/STC-NS', issuedDate: '2026-03-02' } });
    await app.platform.dataSource.query('ALTER TABLE rm_outgoing_register ADD CONSTRAINT at_most_99_copies CHECK (copies < 100)');
    const issued = await step(app, 'vanthu1', `/api/documents/${signed}/issue`, { recipients: ['Các sở, ban, ngành'], copies: 500 });
    expect(issued.status).toBe(201);
  });

  it('stops only the outgoing register, and /health says which with 503', async () => {
    await waitFor(async () => {
      const { status, body } = await app.request('GET', '/health');
      return status === 503 && body.checks.projector.detail.includes(OUTGOING) ? body : null;
    }, 15_000, '/health to report the failed projection');
    const [row] = await app.platform.dataSource.query('SELECT status, error, failed_position::text FROM projection_checkpoints WHERE name = $1', [OUTGOING]);
    expect(row.status).toBe('failed');
    expect(row.error).toMatch(/DocumentIssued .*at_most_99_copies/);

    // The others go on: a document registered after the poison event reaches them.
    const later = await step(app, 'vanthu1', '/api/documents', registration({ excerpt: 'Văn bản đến sau sự kiện lỗi' }));
    expect(later.status).toBe(201);
    await waitForCheckpoints(app.platform.dataSource, OTHERS, await lastWritten(app.platform.dataSource));
    const [{ position }] = await app.platform.dataSource.query('SELECT position::text FROM projection_checkpoints WHERE name = $1', [OUTGOING]);
    expect(BigInt(position)).toBeLessThan(BigInt(row.failed_position));
  });

  it('flags it in /metrics, with checkpoint and lag of every projection', async () => {
    const { status, body } = await app.request('GET', '/metrics');
    expect(status).toBe(200);
    expect(sample(body, 'projection_failed', OUTGOING)).toBe(1);
    for (const name of OTHERS) {
      expect(sample(body, 'projection_failed', name)).toBe(0);
      expect(sample(body, 'projection_lag_events', name)).toBe(0);
      expect(sample(body, 'projection_held', name)).toBe(1);
    }
    expect(sample(body, 'projection_lag_events', OUTGOING)).toBeGreaterThanOrEqual(1);
    expect(sample(body, 'projection_lag_seconds', OUTGOING)).toBeGreaterThan(0);
    expect(sample(body, 'projection_checkpoint_position', OUTGOING)).toBeGreaterThan(0);
    expect(sample(body, 'event_store_head_position')).toBeGreaterThan(0);
  });

  it('resumes from the poison event once its cause is fixed and the projection is reset', async () => {
    await app.platform.dataSource.query('ALTER TABLE rm_outgoing_register DROP CONSTRAINT at_most_99_copies');
    expect(await resetFailedProjection(app.platform.dataSource, OUTGOING)).not.toBeNull();
    await waitForCheckpoints(app.platform.dataSource, [OUTGOING], await lastWritten(app.platform.dataSource), 15_000);
    const [issuedRow] = await app.platform.dataSource.query(`SELECT copies, status FROM rm_outgoing_register WHERE document_id = $1 AND status = 'issued'`, [signed]);
    expect(issuedRow).toEqual({ copies: 500, status: 'issued' });
    const health = await waitFor(async () => {
      const answer = await app.request('GET', '/health');
      return answer.status === 200 ? answer : null;
    }, 10_000, '/health to be 200 again');
    expect(health.body.status).toBe('ok');
    const { body } = await app.request('GET', '/metrics');
    expect(sample(body, 'projection_failed', OUTGOING)).toBe(0);
  });
});
