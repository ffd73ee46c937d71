import { get } from './api.js';
import { WorkingDays } from './calendar.js';

/**
 * Data every page needs and that rarely changes: the domain's labels and calendar (public,
 * /assets/reference.json) and the organisation (GET /api/org, once signed in).
 */
let reference = null;
let organisation = null;
let workingDays = null;

export async function loadReference() {
  if (!reference) {
    const response = await fetch('/assets/reference.json');
    if (!response.ok) throw new Error('Không tải được dữ liệu dùng chung của ứng dụng');
    reference = await response.json();
    workingDays = new WorkingDays(reference.calendar);
  }
  return reference;
}

export async function loadOrganisation() {
  organisation ??= await get('/api/org');
  return organisation;
}

export function forgetOrganisation() {
  organisation = null;
}

export const ref = () => reference;
export const org = () => organisation;
export const calendar = () => workingDays;

export const statusLabel = (status) => reference?.statusLabels?.[status] ?? status;
/** The domain's wording of a dossier's status (DOSSIER_STATUS_LABELS), and the statuses a list filters by. */
export const dossierStatusLabel = (status) => reference?.dossierStatusLabels?.[status] ?? status;
export const dossierStatuses = () => Object.entries(reference?.dossierStatusLabels ?? {}).filter(([status]) => status !== 'none');
export const roleLabel = (role) => reference?.roleLabels?.[role] ?? role ?? '';
export const eventLabel = (type) => reference?.eventLabels?.[type] ?? type;
export const clockLabel = (clock) => reference?.clockLabels?.[clock] ?? clock;
export const actionLabel = (action) => reference?.commandLabels?.[action] ?? action;
export const documentTypeName = (code) => reference?.documentTypes.find((t) => t.code === code)?.name ?? code ?? '—';
export const userById = (id) => organisation?.users.find((u) => u.id === id) ?? null;
export const userName = (id) => (id ? (userById(id)?.fullName ?? id) : '—');
export const departmentName = (id) => (id ? (organisation?.departments.find((d) => d.id === id)?.name ?? id) : '—');
export const fieldByCode = (code) => organisation?.fields.find((f) => f.code === code) ?? null;
export const fieldName = (code) => fieldByCode(code)?.name ?? code ?? '—';
