import type { Readable } from 'node:stream';
import type { DocumentSlipKind, DocumentSlipViews } from './document-slip-views';
import { processingSlipBody } from './forms/processing-slip';
import { submissionSlipBody } from './forms/submission-slip';
import type { FormCanvas } from './layout/form-canvas';
import { renderFormFrame } from './layout/form-frame';
import { toNfc } from './nfc';
import type { RenderFormOptions } from './render-dossier-form';

type SlipLayout<V> = { title: string; mark: string | null; fileStem: string; datedAt(view: V): string; body(canvas: FormCanvas, view: V): void };

const SLIPS: { readonly [K in DocumentSlipKind]: SlipLayout<DocumentSlipViews[K]> } = {
  'processing-slip': {
    title: 'Phiếu giải quyết văn bản đến',
    fileStem: 'Phiếu giải quyết văn bản đến số',
    mark: 'Mẫu tại Phụ lục IV (kèm theo Nghị định số 30/2020/NĐ-CP)',
    // Opened when the document is registered: a reprint shows the decisions taken since on the same slip.
    datedAt: (view) => view.registeredAt,
    body: processingSlipBody,
  },
  'submission-slip': {
    title: 'Phiếu trình giải quyết công việc',
    fileStem: 'Phiếu trình văn bản đến số',
    // The form is the Office's own (its Quy chế làm việc), not one of a national circular.
    mark: null,
    datedAt: (view) => view.submittedAt,
    body: submissionSlipBody,
  },
};

/** The file name a slip is saved under, in Vietnamese: "Phiếu trình văn bản đến số 12-2026.pdf". */
export function documentSlipFileName(kind: DocumentSlipKind, incomingNumber: number, incomingYear: number): string {
  return `${SLIPS[kind].fileStem} ${incomingNumber}-${incomingYear}.pdf`;
}

/**
 * The PDF of a slip of an incoming document (`GET /api/documents/:id/forms/:slip`), as a stream.
 * Throws PdfFontMissingError, before anything is written, when no font with Vietnamese letters is found.
 */
export function renderDocumentSlip<K extends DocumentSlipKind>(kind: K, view: DocumentSlipViews[K], options: RenderFormOptions = {}): Readable {
  const slip: SlipLayout<DocumentSlipViews[K]> = SLIPS[kind];
  const normalized = toNfc(view);
  const frame = { office: normalized.office, title: slip.title, mark: slip.mark, number: null, datedAt: slip.datedAt(normalized) };
  return renderFormFrame(frame, (canvas) => slip.body(canvas, normalized), options.font);
}
