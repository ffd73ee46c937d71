import { formatDate, formatNumber } from './format.js';

/** The procedure catalogue (GET /api/procedures, GET /api/procedures/:code) as the pages show it. */

/** A procedure's page: codes hold dots (1.004227), which the server reads as file names in a path, so the code goes in the query. */
export const procedureHref = (code) => `/danh-muc-tthc/thu-tuc?ma=${encodeURIComponent(code)}`;

/** "từ 01/07/2025" or "01/07/2025 – 31/12/2026". */
export const effectiveText = (version) => (version.effectiveTo ? `${formatDate(version.effectiveFrom)} – ${formatDate(version.effectiveTo)}` : `từ ${formatDate(version.effectiveFrom)}`);

export const feeText = (feeVnd) => (feeVnd === null || feeVnd === undefined ? '—' : feeVnd === 0 ? 'Miễn phí' : `${formatNumber(feeVnd)} đồng`);

export const daysText = (days) => `${formatNumber(days)} ngày làm việc`;
