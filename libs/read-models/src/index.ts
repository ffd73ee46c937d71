export * from './data-source';
export * from './organisation/organisation.entities';
export * from './organisation/organisation-directory';
