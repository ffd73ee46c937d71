export * from './form-editions';
export * from './form-views';
export * from './office';
export * from './pdf-font';
export * from './render-dossier-form';
