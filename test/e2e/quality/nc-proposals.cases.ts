import { ncProposalStreamName } from '@office/domain';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { dossierAt, eventually, startOnestopApp, step, streamLengths, PROCEDURE } from '../../support/onestop-desk';
import { useTestApp } from '../../support/test-app';

/*
 * Nonconformities proposed from late dossiers, over HTTP on a clock the test moves (Hà Nội time):
 * two dossiers received on Tue 3/3/2026; one issued at once but back at the desk only on Mon
 * 4/5 (finished late), the other never handled (overdue). The ISO secretary accepts the first
 * (the NC is raised with source `kpi`) and dismisses the second, with a reason.
 */

let now = '2026-03-03T09:00:00+07:00';
const at = (instant: string) => {
  now = instant;
};

interface Proposal {
  key: string;
  status: string;
  subject: { kind: string; dossierId?: string; code?: string; doneOn: string | null; daysLate: number };
  description: string;
  nonconformityId: string | null;
  reason: string | null;
}

describe('nonconformities proposed from late dossiers: accepted into the NC log, or dismissed with a reason', () => {
  const app = useTestApp({ clock: () => new Date(now) }, startOnestopApp);
  let late: { id: string; code: string };
  let overdue: { id: string; code: string };
  beforeAll(async () => {
    late = await dossierAt(app, 'issued');
    overdue = await dossierAt(app, 'received');
    at('2026-05-04T09:00:00+07:00');
    const atDesk = await step(app, 'motcua1', `/api/dossiers/${late.id}/result-at-desk`, {});
    expect(atDesk.status, JSON.stringify(atDesk.body)).toBe(201);
  });

  const proposals = async (status = 'open'): Promise<Proposal[]> => (await app.get('thuky.iso', `/api/quality/nc-proposals?status=${status}`)).body.items;

  it('proposes both dossiers, each with what was late and by how much; only the quality roles read the list', async () => {
    const open = await eventually(() => proposals(), (items) => items?.length === 2 && items.some((p) => p.subject.doneOn !== null));
    expect(open.map((p) => p.key).sort()).toEqual([`dossier.${late.id}`, `dossier.${overdue.id}`].sort());
    const finished = open.find((p) => p.key === `dossier.${late.id}`)!;
    expect(finished).toMatchObject({ status: 'open', subject: { kind: 'dossier', dossierId: late.id, code: late.code, doneOn: '2026-05-04' }, nonconformityId: null });
    expect(finished.subject.daysLate).toBeGreaterThan(0);
    expect(finished.description).toContain(late.code);
    expect(open.find((p) => p.key === `dossier.${overdue.id}`)!.subject).toMatchObject({ doneOn: null });
    expect((await app.get('thuky.iso', '/api/quality/queue')).body.openNcProposals).toBe(2);
    expect((await app.get('cv.kt1', '/api/quality/nc-proposals')).status).toBe(403);
    expect((await app.get('thuky.iso', '/api/quality/nc-proposals?status=closed')).status).toBe(400);
  });

  it('accepted: the NC is raised with source kpi, the key as its reference and the dossier’s procedure; a second decision is 409', async () => {
    const key = `dossier.${late.id}`;
    expect((await step(app, 'chanh.vp', `/api/quality/nc-proposals/${key}/accept`, { severity: 'minor' })).status).toBe(403);
    expect((await step(app, 'thuky.iso', `/api/quality/nc-proposals/${key}/accept`, { severity: 'serious' })).status).toBe(400);
    const accepted = await step(app, 'thuky.iso', `/api/quality/nc-proposals/${key}/accept`, { severity: 'minor' }, { 'Idempotency-Key': 'accept-late-1' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    expect(accepted.body).toEqual({ id: expect.any(String), key, revision: '0', position: expect.any(String) });
    const retry = await step(app, 'thuky.iso', `/api/quality/nc-proposals/${key}/accept`, { severity: 'minor' }, { 'Idempotency-Key': 'accept-late-1' });
    expect(retry.body).toEqual(accepted.body);

    const nc = await eventually(() => app.get('thuky.iso', `/api/quality/nonconformities/${accepted.body.id}`), (r) => r.status === 200);
    expect(nc.body).toMatchObject({ status: 'raised', source: 'kpi', sourceRef: key, severity: 'minor', procedureCode: PROCEDURE.code, description: expect.stringContaining(late.code) });
    const again = await step(app, 'thuky.iso', `/api/quality/nc-proposals/${key}/dismiss`, { reason: 'Nhầm' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ details: { rule: 'ALREADY_DECIDED' } });
    const decided = await eventually(() => proposals('accepted'), (items) => items?.length === 1);
    expect(decided).toEqual([expect.objectContaining({ key, status: 'accepted', nonconformityId: accepted.body.id })]);
  });

  it('dismissed only with a reason (400 naming `reason`), then off the open list for good', async () => {
    const key = `dossier.${overdue.id}`;
    const before = await streamLengths(app, [ncProposalStreamName(key)]);
    for (const body of [{}, { reason: '' }]) {
      const refused = await step(app, 'thuky.iso', `/api/quality/nc-proposals/${key}/dismiss`, body);
      expect(refused.status, JSON.stringify(refused.body)).toBe(400);
      expect(refused.body.details.map((d: { field: string }) => d.field)).toContain('reason');
    }
    expect(await streamLengths(app, [ncProposalStreamName(key)])).toEqual(before);
    const reason = 'Công dân đề nghị tạm dừng để bổ sung hồ sơ quy hoạch; đã có văn bản xin lỗi';
    const dismissed = await step(app, 'thuky.iso', `/api/quality/nc-proposals/${key}/dismiss`, { reason });
    expect(dismissed.status, JSON.stringify(dismissed.body)).toBe(201);
    expect(dismissed.body).toEqual({ id: key, key, revision: '0', position: expect.any(String) });
    const open = await eventually(() => proposals(), (items) => items?.length === 0);
    expect(open).toEqual([]);
    expect(await proposals('dismissed')).toEqual([expect.objectContaining({ key, status: 'dismissed', reason })]);
    expect((await app.get('thuky.iso', '/api/quality/queue')).body.openNcProposals).toBe(0);
  });

  it('404 for a key naming nothing late; 400 for what is no key', async () => {
    const onTime = await dossierAt(app, 'received');
    expect((await step(app, 'thuky.iso', `/api/quality/nc-proposals/dossier.${onTime.id}/dismiss`, { reason: 'Không trễ' })).status).toBe(404);
    expect((await step(app, 'thuky.iso', '/api/quality/nc-proposals/not-a-key/dismiss', { reason: 'x' })).status).toBe(400);
  });
});
