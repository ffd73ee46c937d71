import { onto, stream, type GoldenDecision } from '../../testing/golden-events/golden-decisions';
import { actor, cmd as document, DEMO_CONTEXT, DOCUMENT_ID, T, userId } from '../../testing/document-fixtures';
import type { DocumentCommand } from '../document.commands';
import { decideDocumentAttachment } from '../document.attachments';
import { decideDocument } from '../document.decide';
import { decideDocumentRecall } from '../document.recall';
import { evolveDocument, initialDocumentState } from '../document.state';

/* One event of every type a document's stream holds, from the document decider tests' fixed inputs. */

const documents = (...commands: DocumentCommand[]) => stream((c, s) => decideDocument(c, s, DEMO_CONTEXT), evolveDocument, initialDocumentState, commands);
const folded = (...commands: DocumentCommand[]) => commands.reduce((state, c) => decideDocument(c, state, DEMO_CONTEXT).reduce(evolveDocument, state), initialDocumentState);

function paths(): GoldenDecision[] {
  const assigned = [document.receive(), document.distribute(), document.assign()];
  const submitted = [...assigned, document.appraise(), document.submit()];
  return [
    ...documents(...submitted, document.initial(), document.sign(), document.issue(), document.archive()),
    ...documents(...assigned, document.return()),
    ...documents(...assigned, document.requestSupplement(), document.receiveSupplement()),
    ...documents(...submitted, document.initial({ agree: false, note: 'Bổ sung căn cứ pháp lý' })),
    ...documents(...submitted, document.initial(), document.sign({ decision: 'rejected', note: 'Chưa đủ căn cứ' })),
    ...documents(document.receive(), document.distribute(), document.extendDeadline()),
  ];
}

/** A draft attached to an assigned document (the attachment decider sits beside the main one). */
function attached(): GoldenDecision[] {
  const before = folded(document.receive(), document.distribute(), document.assign());
  const file = { sha256: 'a3f1'.repeat(16), name: 'Dự thảo quyết định.pdf', mediaType: 'application/pdf', size: 48213 };
  const command = { documentId: DOCUMENT_ID, attachmentId: '9b2e0c1d-0000-4000-8000-0000000000a1', purpose: 'draft' as const, file, actor: actor('cv.kt1'), now: T.appraised };
  return onto(evolveDocument, before, decideDocumentAttachment(command, before, DEMO_CONTEXT.organisation));
}

/** A document registered from an exchange package, then recalled by its sender (thu hồi). */
function recalled(): GoldenDecision[] {
  const before = folded(document.receive());
  const recall = { packageId: '7d4b1f20-5a3e-4c11-9e61-0c2f3a9b0e01', senderOrganId: '000.00.31.H01', reason: 'Văn bản ban hành sai thể thức', by: userId('vanthu1'), at: T.distributed };
  return onto(evolveDocument, before, decideDocumentRecall(before, recall));
}

export const documentGoldenDecisions = (): GoldenDecision[] => [...paths(), ...attached(), ...recalled()];
