export * from './edxml/edxml.types';
export * from './edxml/edxml.xsd';
export * from './edxml/edxml.writer';
export * from './edxml/edxml.reader';
export * from './edxml/edxml.schema';
export * from './edxml/issued-document-package';
export * from './document-exchange.port';
export * from './folder/folder-exchange';
