export * from './approved-calendar';
export * from './calendar-in-force';
