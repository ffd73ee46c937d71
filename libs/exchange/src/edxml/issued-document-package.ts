import { DOCUMENT_TYPES, localDateOf, type ArchivedDocument, type IssuedDocument, type Urgency } from '@office/domain';
import type { EdxmlAttachment, EdxmlDocument, EdxmlPriority, Organ } from './edxml.types';

const PRIORITY: Readonly<Record<Urgency, EdxmlPriority>> = { normal: 0, urgent: 1, very_urgent: 2, flash: 3 };

export interface IssuedDocumentPackageInput {
  packageId: string;
  from: Organ;
  to: Organ[];
  /** Địa danh of the promulgation line ("An Thành"). */
  place: string;
  /** When the package leaves: the first hop of its trace. */
  now: string;
  document: IssuedDocument | ArchivedDocument;
  /** Quyền hạn ký (TM., KT. …), chức vụ and họ tên of the signer, from the organisation. */
  signer: { competence: string; position: string; fullName: string };
  attachments: EdxmlAttachment[];
}

/** Splits "15/QĐ-UBND" into its number and notation (ND30 Phụ lục I: số / ký hiệu). */
function codeOf(symbol: string): { number: string; notation: string } {
  const slash = symbol.indexOf('/');
  return slash < 0 ? { number: symbol, notation: '' } : { number: symbol.slice(0, slash), notation: symbol.slice(slash + 1) };
}

/** The edXML package of an issued outgoing document (gửi liên thông, ND30 Art. 18). */
export function issuedDocumentPackage(input: IssuedDocumentPackageInput): EdxmlDocument {
  const { outgoing } = input.document;
  const typeName = DOCUMENT_TYPES.find((t) => t.code === outgoing.documentType)?.name ?? outgoing.documentType;
  return {
    kind: 'document',
    documentId: input.packageId,
    from: input.from,
    to: input.to,
    code: codeOf(outgoing.symbol),
    promulgation: { place: input.place, date: localDateOf(outgoing.issuedAt) },
    documentType: { code: outgoing.documentType, name: typeName },
    subject: outgoing.excerpt,
    content: outgoing.excerpt,
    signer: input.signer,
    dueDate: null,
    toPlaces: outgoing.recipients,
    other: { priority: PRIORITY[input.document.urgency], sphereOfPromulgation: 'Trong tỉnh', pageAmount: input.document.pages ?? 0, appendixes: [] },
    steeringType: 0,
    business: { type: 'new', reason: null },
    trace: [{ organId: input.from.organId, timestamp: input.now }],
    attachments: input.attachments,
  };
}
