import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from '@jest/globals';
import { DOSSIER_FORM_KINDS, type DossierFormKind } from '../form-editions';
import { writeDossierForm } from '../render-dossier-form';
import { sampleViews } from './sample-views';

/*
 * Regenerates the pictures in docs/forms/ from the sample views (skipped unless asked):
 *   RENDER_SAMPLES=1 npx jest libs/forms/src/testing/render-samples.spec.ts
 * Needs pdftoppm (poppler-utils). Every form under NĐ 118/2025, plus the 2018 apology, the 2018
 * stop notice (no form number) and a control sheet long enough for a second page.
 */
const OUT = resolve(__dirname, '../../../../docs/forms');

const PICTURES: ReadonlyArray<{ file: string; kind: DossierFormKind; ruleSet: 'nd61-2018' | 'nd118-2025'; rows?: number }> = [
  { file: 'mau-01-giay-tiep-nhan', kind: 'appointment-slip', ruleSet: 'nd118-2025' },
  { file: 'mau-02-phieu-yeu-cau-bo-sung', kind: 'supplement-request', ruleSet: 'nd118-2025' },
  { file: 'mau-03-phieu-tu-choi', kind: 'refusal', ruleSet: 'nd118-2025' },
  { file: 'mau-04-van-ban-xin-loi-2025', kind: 'apology', ruleSet: 'nd118-2025' },
  { file: 'mau-04-phieu-xin-loi-2018', kind: 'apology', ruleSet: 'nd61-2018' },
  { file: 'mau-05-thong-bao-dung-2025', kind: 'stop-notice', ruleSet: 'nd118-2025' },
  { file: 'thong-bao-dung-2018', kind: 'stop-notice', ruleSet: 'nd61-2018' },
  { file: 'mau-06-phieu-kiem-soat-2025', kind: 'control-sheet', ruleSet: 'nd118-2025', rows: 10 },
];

(!process.env.RENDER_SAMPLES ? describe.skip : describe)('sample pictures of the forms (docs/forms)', () => {
  it('covers every form', () => {
    const missing = DOSSIER_FORM_KINDS.filter((kind) => !PICTURES.some((picture) => picture.kind === kind));
    if (missing.length > 0) throw new Error(`no picture of ${missing.join(', ')}`);
  });

  it.each(PICTURES)('$file', async ({ file, kind, ruleSet, rows }) => {
    mkdirSync(OUT, { recursive: true });
    const ownPages = () => readdirSync(OUT).filter((name) => name.startsWith(`${file}-`) && name.endsWith('.png'));
    for (const old of ownPages()) rmSync(join(OUT, old));
    const pdf = join(OUT, `${file}.pdf`);
    await writeDossierForm(kind, sampleViews(ruleSet, rows)[kind], createWriteStream(pdf));
    // pdftoppm names pages <prefix>-<n>.png; a one-page form keeps the plain name.
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, file)]);
    rmSync(pdf);
    const pages = ownPages();
    if (pages.length === 1) renameSync(join(OUT, pages[0]), join(OUT, `${file}.png`));
    else rmSync(join(OUT, `${file}.png`), { force: true });
  });
});
