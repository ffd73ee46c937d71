import { ORGANISATION_STREAM } from '@office/domain';
import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { departmentId, step, userId } from '../../support/document-steps';
import { eventually } from '../../support/onestop-desk';
import { startTestApp, useTestApp } from '../../support/test-app';

/*
 * Issue 17: people as events. An administrator creates a person (a temporary password, answered
 * once), the person must change it before anything else; a reset forces a change again; a
 * deactivated person's token stops working within a minute, also on another instance of the API
 * that had believed it active; no event ever carries a password or its hash.
 */
describe('people (quản trị: người dùng)', () => {
  const app = useTestApp();
  const login = (username: string, password: string) => app.request('POST', '/api/auth/login', { body: { username, password } });
  const asAdmin = (path: string, body: unknown) => step(app, 'quantri', path, body);
  const reason = 'Quyết định 30/QĐ-VP tiếp nhận công chức';
  const passwordsSeen: string[] = [];

  it('a new person logs in with the temporary password and must change it before anything else', async () => {
    const created = await asAdmin('/api/admin/users', { username: 'cv.kt3', fullName: 'Nguyễn Thị Lan', roles: ['specialist'], departmentId: departmentId('KT'), reason });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const temporary: string = created.body.temporaryPassword;
    passwordsSeen.push(temporary);
    expect(temporary).toHaveLength(12);

    const first = await login('cv.kt3', temporary);
    expect(first.body).toMatchObject({ mustChangePassword: true, user: { username: 'cv.kt3', roles: ['specialist'] } });
    const token: string = first.body.accessToken;
    const blocked = await app.request('GET', '/api/me/queue', { token });
    expect(blocked).toMatchObject({ status: 403, body: { details: { rule: 'PASSWORD_CHANGE_REQUIRED' } } });

    const change = (newPassword: string, currentPassword = temporary) => app.request('POST', '/api/auth/password', { token, body: { currentPassword, newPassword } });
    expect((await change('ngan')).body.details).toMatchObject({ rule: 'PASSWORD_TOO_WEAK', field: 'newPassword' });
    expect((await change('cv.kt3-mat-khau')).body.details).toMatchObject({ rule: 'PASSWORD_TOO_WEAK' });
    expect((await change('password123')).body.details).toMatchObject({ rule: 'PASSWORD_TOO_WEAK' });
    expect((await change('Sông Hồng chảy về biển', 'wrong')).body.details).toMatchObject({ rule: 'WRONG_PASSWORD', field: 'currentPassword' });
    expect((await change('Sông Hồng chảy về biển')).status).toBe(201);
    passwordsSeen.push('Sông Hồng chảy về biển');

    expect((await app.request('GET', '/api/me/queue', { token })).status).toBe(200);
    expect((await login('cv.kt3', temporary)).status).toBe(401);
    expect((await login('cv.kt3', 'Sông Hồng chảy về biển')).body).toMatchObject({ mustChangePassword: false });
  });

  it('a password reset forces a change at the next login', async () => {
    const reset = await asAdmin(`/api/admin/users/${userId('cv.kt2')}/reset-password`, { reason: 'Người dùng quên mật khẩu, đề nghị ngày 02/3/2026' });
    expect(reset.status).toBe(201);
    passwordsSeen.push(reset.body.temporaryPassword);
    expect((await login('cv.kt2', 'demo')).status).toBe(401);
    const again = await login('cv.kt2', reset.body.temporaryPassword);
    expect(again.body.mustChangePassword).toBe(true);
    expect((await app.request('GET', '/api/documents', { token: again.body.accessToken })).body.details).toMatchObject({ rule: 'PASSWORD_CHANGE_REQUIRED' });
  });

  it('changes roles and department with a reason; refuses non-administrators and leaders still in charge', async () => {
    const profile = { fullName: 'Phan Văn Long', roles: ['specialist', 'iso_secretary'], departmentId: departmentId('VX'), reason: 'Kiêm nhiệm thư ký ISO' };
    expect((await asAdmin(`/api/admin/users/${userId('cv.vx1')}/profile`, profile)).status).toBe(201);
    const listed = await app.request('GET', '/api/admin/users', { token: await app.login('quantri') });
    expect(listed.body.items.find((u: { username: string }) => u.username === 'cv.vx1')).toMatchObject({ roles: ['specialist', 'iso_secretary'], active: true, mustChangePassword: false });
    expect((await step(app, 'tp.kt', '/api/admin/users', { username: 'x.y.z', fullName: 'X', roles: ['specialist'], reason })).status).toBe(403);
    const leader = await asAdmin(`/api/admin/users/${userId('pho.chu.tich.vx')}/deactivate`, { reason: 'Nghỉ hưu' });
    expect(leader).toMatchObject({ status: 422, body: { details: { rule: 'STILL_IN_CHARGE' } } });
    expect((await asAdmin(`/api/admin/users/${userId('cv.nc1')}/deactivate`, {})).status).toBe(400);
  });

  it('a deactivated person’s token stops working within a minute, on every instance; reactivated, they log in again', async () => {
    // The second instance believes a status for 1 s instead of 30 s: the rule is the same, the wait is not.
    const second = await startTestApp({ databaseUrl: app.platform.databaseUrl, accessCacheMs: 1_000 });
    try {
      const token = await app.login('cv.nc1');
      const onSecond = () => second.request('GET', '/api/me/queue', { token });
      expect((await onSecond()).status).toBe(200); // the second instance now believes the person active

      const started = Date.now();
      expect((await asAdmin(`/api/admin/users/${userId('cv.nc1')}/deactivate`, { reason: 'Chuyển công tác sang Sở Nội vụ' })).status).toBe(201);
      expect((await app.request('GET', '/api/me/queue', { token })).status).toBe(401);
      const stopped = await eventually(onSecond, (r) => r.status === 401, 60_000);
      expect(stopped.status).toBe(401);
      expect(Date.now() - started).toBeLessThan(60_000);
      expect((await login('cv.nc1', 'demo')).status).toBe(401);

      expect((await asAdmin(`/api/admin/users/${userId('cv.nc1')}/reactivate`, { reason: 'Trở lại công tác' })).status).toBe(201);
      expect((await login('cv.nc1', 'demo')).status).toBe(200);
    } finally {
      await second.close();
    }
  }, 90_000);

  it('records who changed what and why, and never a password or its hash', async () => {
    const events = await app.platform.eventStore.readStream(ORGANISATION_STREAM);
    const mine = events.filter((e) => e.metadata.actorId !== '00000000-0000-4000-8000-000000000000');
    expect(mine.map((e) => e.type)).toEqual(['UserCreated', 'UserPasswordChanged', 'UserPasswordReset', 'UserChanged', 'UserDeactivated', 'UserReactivated']);
    const text = JSON.stringify(events.map(({ type, data, metadata }) => ({ type, data, metadata })));
    for (const password of passwordsSeen) expect(text).not.toContain(password);
    expect(text).not.toContain('scrypt$');
    const history = await app.request('GET', `/api/org/history?kind=user&key=${userId('cv.nc1')}`, { token: await app.login('quantri') });
    expect(history.body.items.map((c: { type: string; reason: string }) => [c.type, c.reason])).toEqual([
      ['UserReactivated', 'Trở lại công tác'], ['UserDeactivated', 'Chuyển công tác sang Sở Nội vụ'], ['UserCreated', 'Khởi tạo cơ cấu tổ chức'],
    ]);
  });
});
