export * from './verify-pdf-signatures';
export { pdfSignatureFields, type PdfSignatureField } from './pdf-signature-fields';
