import { validateXML } from 'xmllint-wasm';
import { EDXML_XSD } from './edxml.xsd';

/** What the schema check found: valid, or the first problems in words (xmllint's, with the line). */
export type SchemaCheck = { valid: true } | { valid: false; errors: string[] };

/** Most packages are a few MB of base64; 64 MiB of WebAssembly memory covers the 50 MB attachment limit's base64 once. */
const MAX_MEMORY_PAGES = 4096;

/** Checks an edXML message against the QCVN 102:2016 schema (edxml.xsd.ts) with libxml2 compiled to WebAssembly. */
export async function validateEdxml(xml: string): Promise<SchemaCheck> {
  const result = await validateXML({ xml: [{ fileName: 'package.edxml', contents: xml }], schema: [{ fileName: 'edxml.xsd', contents: EDXML_XSD }], maxMemoryPages: MAX_MEMORY_PAGES });
  if (result.valid) return { valid: true };
  const errors = result.errors.slice(0, 5).map((e) => (e.loc ? `dòng ${e.loc.lineNumber}: ${e.message}` : e.message));
  return { valid: false, errors: errors.length ? errors : [result.rawOutput.trim() || 'không đọc được thông điệp edXML'] };
}
