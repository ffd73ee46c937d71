import { stream, type GoldenDecision } from '../../testing/golden-events/golden-decisions';
import { decideHandover } from '../handover.decide';
import { evolveHandover, initialHandoverState } from '../handover.state';
import { CONTEXT, DIRECTIVE, DOCUMENT, DOSSIER, handoverCmd } from './handover-fixtures';

/* A hand-over (bàn giao): recorded with what cv.kt1 holds, each item handed over, signed by both, released. */

export const handoverGoldenDecisions = (): GoldenDecision[] =>
  stream((c, s) => decideHandover(c, s, CONTEXT), evolveHandover, initialHandoverState, [
    handoverCmd.record(), handoverCmd.reassign(DOCUMENT.key), handoverCmd.reassign(DOSSIER.key, 'cv.kt1'), handoverCmd.paper(DIRECTIVE.key),
    handoverCmd.sign('cv.kt1'), handoverCmd.sign('tp.kt'), handoverCmd.release(),
  ]);
