import type { Readable, Writable } from 'node:stream';
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
import { renderFormFrame } from './layout/form-frame';
import { toNfc } from './nfc';
import type { PdfFont } from './pdf-font';

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
  const frame = { office: normalized.office, title: edition.title, mark: formMark(edition), number, datedAt };
  return renderFormFrame(frame, (canvas) => layout.body(canvas, normalized, edition), options.font);
}

/** Writes the form's PDF to `out`; resolves once everything is written. */
export async function writeDossierForm<K extends DossierFormKind>(kind: K, view: DossierFormViews[K], out: Writable, options: RenderFormOptions = {}): Promise<void> {
  await pipeline(renderDossierForm(kind, view, options), out);
}
