export * from './deposit-printout';
export * from './deposit-inventory';
export * from './deposit-handover';
