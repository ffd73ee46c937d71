import type { FormEdition } from '../form-editions';
import type { FormCanvas } from '../layout/form-canvas';

/** One form: what its header shows, and its body below the title (header and title are drawn alike for all). */
export interface FormLayout<V> {
  /** The header's number ("Số: …"; null prints no number line) and the instant the form is dated. */
  header(view: V): { number: string | null; datedAt: string };
  body(canvas: FormCanvas, view: V, edition: FormEdition): void;
}
