/*
 * The reads that accept `minPosition` (read-your-writes, see session.js): every GET route of the API
 * whose query declares it — the read-model routes, which wait (≤ 5 s) until the projector has
 * reached that position. Copied from the API's OpenAPI document, and checked against it by
 * test/e2e/platform/read-your-writes.cases.ts (which names a route added or gone); the routes reading the event
 * store itself (a history, a state, a form) are current anyway and are not listed.
 */
export const READ_MODEL_ROUTES = [
  '/api/absences/awaiting', '/api/absences/away', '/api/absences/calendar', '/api/absences/delegation-proposals',
  '/api/absences/mine', '/api/absences/{id}', '/api/audit/access-log', '/api/delegations', '/api/delegations/propose-from-absence',
  '/api/delegations/{id}', '/api/directives', '/api/directives/briefing', '/api/directives/report', '/api/directives/{id}',
  '/api/documents', '/api/documents/{id}', '/api/documents/{id}/attachments', '/api/dossiers', '/api/dossiers/{id}',
  '/api/dossiers/{id}/attachments', '/api/exchange/inbox', '/api/exchange/outbox', '/api/exchange/outbox/{id}/statuses',
  '/api/handovers', '/api/iso/compliance', '/api/iso/compliance/dossiers', '/api/iso/evidence', '/api/me/counters',
  '/api/me/directives', '/api/me/notices', '/api/me/queue', '/api/meetings', '/api/meetings/{id}', '/api/onestop/index766',
  '/api/onestop/queue', '/api/onestop/stats', '/api/procedures', '/api/procedures/export', '/api/procedures/internal',
  '/api/procedures/{code}', '/api/programme', '/api/programme/report', '/api/programme/week', '/api/programme/{period}',
  '/api/quality/annual-report', '/api/quality/audits', '/api/quality/audits/{id}', '/api/quality/declarations',
  '/api/quality/declarations/{id}', '/api/quality/legal-changes', '/api/quality/legal-changes/{id}', '/api/quality/nc-proposals',
  '/api/quality/nonconformities', '/api/quality/nonconformities/{id}', '/api/quality/objectives', '/api/quality/queue',
  '/api/quality/review-inputs', '/api/quality/reviews', '/api/quality/reviews/{id}', '/api/quality/self-check',
  '/api/records/case-files', '/api/records/case-files/{id}', '/api/records/deposits/{period}', '/api/registers/dossiers',
  '/api/registers/incoming', '/api/registers/outgoing', '/api/schedule/weeks/{week}', '/api/stats/briefing',
];
