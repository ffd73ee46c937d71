/** Every metric of the product starts with this, so that it cannot collide with another exporter's. */
export const METRIC_PREFIX = 'office_ledger_';
