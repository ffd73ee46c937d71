import { PassThrough, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type DossierFormKind, formEdition, formMark } from './form-editions';
import type { DossierFormViews } from './form-views';
import { appointmentSlip } from './forms/appointment-slip';
import { apology } from './forms/apology';
import { controlSheet } from './forms/control-sheet';
import type { FormLayout } from './forms/form-layout';
import { refusal } from './forms/refusal';
import { stopNotice } from './forms/stop-notice';
import { supplementRequest } from './forms/supplement-request';
import { FormCanvas, TEXT_SIZE } from './layout/form-canvas';
import { openFormDocument } from './layout/form-document';
import { drawNationalHeader } from './layout/national-header';
import { toNfc } from './nfc';
import { type PdfFont, resolvePdfFont } from './pdf-font';

export type RenderFormOptions = {
  /** Default: PDF_FONT, else a serif system font with Vietnamese letters (DejaVu Serif). */
  font?: PdfFont;
};

const LAYOUTS: { readonly [K in DossierFormKind]: FormLayout<DossierFormViews[K]> } = {
  'appointment-slip': appointmentSlip,
  'supplement-request': supplementRequest,
  refusal,
  apology,
  'stop-notice': stopNotice,
  'control-sheet': controlSheet,
};

/**
 * The PDF of a form of the one-stop desk, in the number, title and wording of the view's rule
 * set, as a stream (for `GET /api/dossiers/:id/forms/:form`). Throws PdfFontMissingError, before
 * anything is written, when no font with Vietnamese letters is found.
 */
export function renderDossierForm<K extends DossierFormKind>(kind: K, view: DossierFormViews[K], options: RenderFormOptions = {}): Readable {
  const layout: FormLayout<DossierFormViews[K]> = LAYOUTS[kind];
  const normalized = toNfc(view);
  const edition = formEdition(kind, normalized.ruleSet);
  const { number, datedAt } = layout.header(normalized);
  const doc = openFormDocument(options.font ?? resolvePdfFont(process.env, 'serif'), { title: edition.title, author: normalized.office.fullName, datedAt });
  const out = new PassThrough();
  doc.once('error', (error: Error) => out.destroy(error));
  doc.pipe(out);

  const canvas = new FormCanvas(doc);
  drawNationalHeader(canvas, { office: normalized.office, number, datedAt, mark: formMark(edition) });
  canvas.paragraph([{ text: edition.title.toLocaleUpperCase('vi'), face: 'bold' }], { align: 'center', size: TEXT_SIZE.title, spaceAfter: 12 });
  layout.body(canvas, normalized, edition);
  doc.end();
  return out;
}

/** Writes the form's PDF to `out`; resolves once everything is written. */
export async function writeDossierForm<K extends DossierFormKind>(kind: K, view: DossierFormViews[K], out: Writable, options: RenderFormOptions = {}): Promise<void> {
  await pipeline(renderDossierForm(kind, view, options), out);
}
