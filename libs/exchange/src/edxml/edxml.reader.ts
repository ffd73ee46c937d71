import { EDXML_NAMESPACE } from './edxml.xsd';
import {
  BUSINESS_TYPES, STATUS_CODES, type BusinessType, type EdxmlDocument, type EdxmlMessage, type EdxmlPriority, type EdxmlStatus, type Organ, type StatusName,
} from './edxml.types';
import { xmlbuilder } from './xmlbuilder';

/** The few DOM members the reader walks (xmlbuilder2's DOM implements them). */
interface Element {
  namespaceURI: string | null;
  localName: string;
  textContent: string | null;
  childNodes: ArrayLike<Element | { nodeType: number }>;
  nodeType: number;
}

const ELEMENT_NODE = 1;

/** The children of `parent` named `name` in the edXML namespace, whatever prefix the sender chose. */
function all(parent: Element, name: string): Element[] {
  return Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === ELEMENT_NODE && (n as Element).namespaceURI === EDXML_NAMESPACE && (n as Element).localName === name);
}

function one(parent: Element, name: string): Element {
  const [found] = all(parent, name);
  if (!found) throw new Error(`edXML: ${parent.localName} has no ${name}`);
  return found;
}

const text = (parent: Element, name: string): string => one(parent, name).textContent ?? '';
const optional = (parent: Element, name: string): string | null => (all(parent, name)[0]?.textContent ?? null);
const organ = (element: Element): Organ => ({ organId: text(element, 'OrganId'), organName: text(element, 'OrganName') });
const keyOf = <K extends string>(codes: Record<K, string>, value: string): K => {
  const key = (Object.keys(codes) as K[]).find((k) => codes[k] === value);
  if (key === undefined) throw new Error(`edXML: unknown code ${value}`);
  return key;
};

function document(head: Element, header: Element, root: Element): EdxmlDocument {
  const code = one(head, 'Code');
  const promulgation = one(head, 'PromulgationInfo');
  const type = one(head, 'DocumentType');
  const signer = one(head, 'SignerInfo');
  const other = one(head, 'OtherInfo');
  const business = one(head, 'Bussiness');
  const manifest = all(root, 'edXMLManifest')[0];
  const attachments = manifest ? all(one(manifest, 'AttachmentEncoded'), 'Attachment') : [];
  return {
    kind: 'document',
    documentId: text(head, 'DocumentId'),
    from: organ(one(head, 'From')),
    to: all(head, 'To').map(organ),
    code: { number: text(code, 'CodeNumber'), notation: text(code, 'CodeNotation') },
    promulgation: { place: text(promulgation, 'Place'), date: text(promulgation, 'PromulgationDate') },
    documentType: { code: text(type, 'Type'), name: text(type, 'TypeName') },
    subject: text(head, 'Subject'),
    content: text(head, 'Content'),
    signer: { competence: text(signer, 'Competence'), position: text(signer, 'Position'), fullName: text(signer, 'FullName') },
    dueDate: optional(head, 'DueDate'),
    toPlaces: all(one(head, 'ToPlaces'), 'Place').map((p) => p.textContent ?? ''),
    other: {
      priority: Number(text(other, 'Priority')) as EdxmlPriority,
      sphereOfPromulgation: text(other, 'SphereOfPromulgation'),
      pageAmount: Number(text(other, 'PageAmount')),
      appendixes: all(one(other, 'Appendixes'), 'Appendix').map((a) => a.textContent ?? ''),
    },
    steeringType: text(head, 'SteeringType') === '1' ? 1 : 0,
    business: { type: keyOf<BusinessType>(BUSINESS_TYPES, text(business, 'BussinessDocType')), reason: optional(business, 'BussinessDocReason') },
    trace: all(one(header, 'TraceHeaderList'), 'TraceHeader').map((hop) => ({ organId: text(hop, 'OrganId'), timestamp: text(hop, 'Timestamp') })),
    attachments: attachments.map((a) => ({
      name: text(a, 'AttachmentName'),
      contentType: text(a, 'ContentType'),
      description: text(a, 'Description'),
      content: Buffer.from(text(a, 'Value').replace(/\s+/g, ''), 'base64'),
    })),
  };
}

function status(head: Element): EdxmlStatus {
  const responseFor = one(head, 'ResponseFor');
  const staff = one(head, 'StaffInfo');
  return {
    kind: 'status',
    from: organ(one(head, 'From')),
    to: organ(one(head, 'To')),
    responseFor: {
      organId: text(responseFor, 'OrganId'),
      code: text(responseFor, 'Code'),
      promulgationDate: text(responseFor, 'PromulgationDate'),
      documentId: text(responseFor, 'DocumentId'),
    },
    status: keyOf<StatusName>(STATUS_CODES, text(head, 'StatusCode')),
    description: text(head, 'Description'),
    timestamp: text(head, 'Timestamp'),
    staff: { department: text(staff, 'Department'), name: text(staff, 'Staff') },
  };
}

/**
 * Reads an edXML message back into its fields. Call it on text `validateEdxml` accepted: it trusts
 * the structure the schema guarantees and throws on anything else.
 */
export function readEdxml(xml: string): EdxmlMessage {
  const root = xmlbuilder().create(xml).root().node as unknown as Element;
  if (root.namespaceURI !== EDXML_NAMESPACE || root.localName !== 'edXML') throw new Error('edXML: not an edXML message');
  const header = one(one(root, 'edXMLEnvelope'), 'edXMLHeader');
  const head = all(header, 'MessageHeader')[0];
  return head ? document(head, header, root) : status(one(header, 'MessageStatus'));
}
