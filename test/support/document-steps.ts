import { DEMO_ORGANISATION } from '@office/domain';
import type { TestApp } from './test-app';

export const userId = (username: string) => DEMO_ORGANISATION.users.find((u) => u.username === username)!.id;
export const departmentId = (code: string) => DEMO_ORGANISATION.departments.find((d) => d.code === code)!.id;

/** A valid registration body for field KH-DT (department KT, office leader pho.chanh.vp.kt, committee leader pho.chu.tich.kt). */
export function registration(overrides: Record<string, unknown> = {}) {
  return {
    source: { agency: 'Sở Kế hoạch và Đầu tư', symbol: '125/SKHĐT-KH', issuedDate: '2026-03-02', signer: 'Nguyễn Văn An' },
    excerpt: 'Về việc đề nghị thẩm định điều chỉnh chủ trương đầu tư dự án trường học',
    documentType: 'official_letter',
    fieldCode: 'KH-DT',
    urgency: 'normal',
    confidentiality: 'normal',
    channel: 'electronic',
    pages: 4,
    ...overrides,
  };
}

export const appraisal = (outcome: 'valid' | 'needs_supplement' = 'valid') => ({
  findings: { procedure: { ok: true }, format: { ok: true }, content: { ok: true, note: 'Phù hợp quy hoạch' }, legality: { ok: true } },
  outcome,
});

export const submission = (leader = 'pho.chu.tich.kt') => ({
  leaderId: userId(leader),
  proposal: 'Kính trình đồng chí Phó Chủ tịch xem xét, ký ban hành quyết định',
  reservedOpinion: null,
  draft: { documentType: 'decision', excerpt: 'Quyết định phê duyệt điều chỉnh chủ trương đầu tư' },
});

/** POSTs one step as `username`; answers status and body. */
export async function step(app: TestApp, username: string, path: string, body: unknown, headers?: Record<string, string>) {
  return app.request('POST', path, { token: await app.login(username), body, headers });
}

/** Registers a KH-DT document as vanthu1 and carries it up to (and including) `until`. */
export async function documentAt(app: TestApp, until: 'received' | 'distributed' | 'assigned' | 'appraised' | 'submitted' | 'initialled' | 'signed' | 'issued', overrides: Record<string, unknown> = {}): Promise<string> {
  const registered = await step(app, 'vanthu1', '/api/documents', registration(overrides));
  if (registered.status !== 201) throw new Error(`register: ${registered.status} ${JSON.stringify(registered.body)}`);
  const id: string = registered.body.id;
  const path: Array<[typeof until, string, string, unknown]> = [
    ['distributed', 'pho.chanh.vp.kt', 'distribute', { departmentId: departmentId('KT'), direction: 'Giao Phòng Kinh tế chủ trì tham mưu' }],
    ['assigned', 'tp.kt', 'assign', { specialistId: userId('cv.kt1') }],
    ['appraised', 'cv.kt1', 'appraise', appraisal()],
    ['submitted', 'cv.kt1', 'submit', submission()],
    ['initialled', 'pho.chanh.vp.kt', 'initial', { agree: true }],
    ['signed', 'pho.chu.tich.kt', 'sign', { decision: 'approved' }],
    ['issued', 'vanthu1', 'issue', { recipients: ['Sở Kế hoạch và Đầu tư', 'Lưu: VT, KT'], copies: 3 }],
  ];
  const order = ['received', ...path.map(([state]) => state)];
  for (const [state, username, name, body] of path) {
    if (order.indexOf(state) > order.indexOf(until)) break;
    const result = await step(app, username, `/api/documents/${id}/${name}`, body);
    if (result.status !== 201) throw new Error(`${name}: ${result.status} ${JSON.stringify(result.body)}`);
  }
  return id;
}
