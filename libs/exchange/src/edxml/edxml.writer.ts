import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { EDXML_NAMESPACE } from './edxml.xsd';
import { BUSINESS_TYPES, STATUS_CODES, type EdxmlDocument, type EdxmlMessage, type EdxmlStatus, type Organ, type TraceHop } from './edxml.types';
import { xmlbuilder } from './xmlbuilder';

/** Every element in the edXML namespace, with the prefix the national axis' own messages use. */
function add(parent: XMLBuilder, name: string, text?: string | number): XMLBuilder {
  const element = parent.ele(EDXML_NAMESPACE, `edXML:${name}`);
  if (text !== undefined) element.txt(String(text));
  return element;
}

function organ(parent: XMLBuilder, name: string, value: Organ): void {
  const element = add(parent, name);
  add(element, 'OrganId', value.organId);
  add(element, 'OrganName', value.organName);
}

function documentHeader(header: XMLBuilder, message: EdxmlDocument): void {
  const head = add(header, 'MessageHeader');
  organ(head, 'From', message.from);
  for (const to of message.to) organ(head, 'To', to);
  add(head, 'DocumentId', message.documentId);
  const code = add(head, 'Code');
  add(code, 'CodeNumber', message.code.number);
  add(code, 'CodeNotation', message.code.notation);
  const promulgation = add(head, 'PromulgationInfo');
  add(promulgation, 'Place', message.promulgation.place);
  add(promulgation, 'PromulgationDate', message.promulgation.date);
  const type = add(head, 'DocumentType');
  add(type, 'Type', message.documentType.code);
  add(type, 'TypeName', message.documentType.name);
  add(head, 'Subject', message.subject);
  add(head, 'Content', message.content);
  const signer = add(head, 'SignerInfo');
  add(signer, 'Competence', message.signer.competence);
  add(signer, 'Position', message.signer.position);
  add(signer, 'FullName', message.signer.fullName);
  if (message.dueDate !== null) add(head, 'DueDate', message.dueDate);
  const places = add(head, 'ToPlaces');
  for (const place of message.toPlaces) add(places, 'Place', place);
  const other = add(head, 'OtherInfo');
  add(other, 'Priority', message.other.priority);
  add(other, 'SphereOfPromulgation', message.other.sphereOfPromulgation);
  add(other, 'PageAmount', message.other.pageAmount);
  const appendixes = add(other, 'Appendixes');
  for (const appendix of message.other.appendixes) add(appendixes, 'Appendix', appendix);
  add(head, 'SteeringType', message.steeringType);
  const business = add(head, 'Bussiness');
  add(business, 'BussinessDocType', BUSINESS_TYPES[message.business.type]);
  if (message.business.reason !== null) add(business, 'BussinessDocReason', message.business.reason);
}

function statusHeader(header: XMLBuilder, message: EdxmlStatus): void {
  const head = add(header, 'MessageStatus');
  organ(head, 'From', message.from);
  organ(head, 'To', message.to);
  const responseFor = add(head, 'ResponseFor');
  add(responseFor, 'OrganId', message.responseFor.organId);
  add(responseFor, 'Code', message.responseFor.code);
  add(responseFor, 'PromulgationDate', message.responseFor.promulgationDate);
  add(responseFor, 'DocumentId', message.responseFor.documentId);
  add(head, 'StatusCode', STATUS_CODES[message.status]);
  add(head, 'Description', message.description);
  add(head, 'Timestamp', message.timestamp);
  const staff = add(head, 'StaffInfo');
  add(staff, 'Department', message.staff.department);
  add(staff, 'Staff', message.staff.name);
}

function trace(header: XMLBuilder, hops: TraceHop[]): void {
  const list = add(header, 'TraceHeaderList');
  for (const hop of hops) {
    const element = add(list, 'TraceHeader');
    add(element, 'OrganId', hop.organId);
    add(element, 'Timestamp', hop.timestamp);
  }
}

/** The edXML text of a message (UTF-8, attachments base64): what goes on the axis and what its hash names. */
export function writeEdxml(message: EdxmlMessage): string {
  const root = xmlbuilder().create({ version: '1.0', encoding: 'UTF-8' }).ele(EDXML_NAMESPACE, 'edXML:edXML');
  const header = add(add(root, 'edXMLEnvelope'), 'edXMLHeader');
  if (message.kind === 'document') documentHeader(header, message);
  else statusHeader(header, message);
  trace(header, message.kind === 'document' ? message.trace : [{ organId: message.from.organId, timestamp: message.timestamp }]);
  if (message.kind === 'document') {
    const encoded = add(add(root, 'edXMLManifest'), 'AttachmentEncoded');
    message.attachments.forEach((file, i) => {
      const attachment = add(encoded, 'Attachment');
      add(attachment, 'ContentId', String(i + 1));
      add(attachment, 'ContentType', file.contentType);
      add(attachment, 'Description', file.description);
      add(attachment, 'AttachmentName', file.name);
      add(attachment, 'ContentTransferEncoded', 'base64');
      add(attachment, 'Value', file.content.toString('base64'));
    });
  }
  return root.end({ prettyPrint: true });
}
