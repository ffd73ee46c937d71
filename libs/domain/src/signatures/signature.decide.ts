import { oneOf, requireInstant, ruleViolation, type Actor } from '../shared';
import type { RecordSignature, SignatureCommand, VerifySignatures } from './signature.commands';
import type { RecordedSignatureData, SignatureEvent } from './signature.events';
import type { SignaturesState } from './signature.state';
import { guardSignatureStep } from './signature.turns';
import { commonNameOf, sameCertificateName, SIGNATURE_KINDS, SIGNATURE_PROBLEM_LABELS, type SignatureCheck, type VerifiedFile } from './signature.types';

const stampOf = (command: { actor: Actor; now: string }) => ({ by: command.actor.userId, at: command.now });
const sameCertificate = (a: SignatureCheck['certificate'], b: SignatureCheck['certificate']) => !!a && !!b && a.serial === b.serial && a.issuer === b.issuer;

function requirePdf(file: VerifiedFile): void {
  if (file.mediaType !== 'application/pdf') throw ruleViolation('NOT_A_PDF', `Tệp "${file.name}" không phải PDF: văn bản ký số là tệp PDF`, 'attachmentId');
}

/** Every signature of the file must hold: one that does not makes the file unfit to record (nothing half-recorded). */
function requireAllValid(file: VerifiedFile): SignatureCheck[] {
  requirePdf(file);
  if (file.purpose !== 'signed') throw ruleViolation('NOT_THE_SIGNED_FILE', `Tệp "${file.name}" không phải bản đã ký: hãy đính kèm bản đã ký số (loại "Bản đã ký")`, 'attachmentId');
  if (file.signatures.length === 0) throw ruleViolation('NO_SIGNATURE_IN_FILE', `Tệp "${file.name}" không có chữ ký số`, 'attachmentId');
  const broken = file.signatures.find((signature) => !signature.valid);
  if (broken) {
    const why = broken.problem ? SIGNATURE_PROBLEM_LABELS[broken.problem] : 'không hợp lệ';
    throw ruleViolation('SIGNATURE_INVALID', `Chữ ký số thứ ${broken.index + 1} trong tệp "${file.name}" không hợp lệ: ${why}`, 'attachmentId', { index: broken.index, problem: broken.problem });
  }
  return file.signatures;
}

function recorded(command: RecordSignature, signature: SignatureCheck): RecordedSignatureData {
  const { file } = command;
  return {
    documentId: command.documentId, attachmentId: file.attachmentId, fileName: file.name, fileSha256: file.sha256,
    // A valid signature always has its certificate: the verifier found it to check the signature.
    certificate: signature.certificate!, signingTime: signature.signingTime, trusted: signature.trusted, trustReason: signature.trustReason,
    ...stampOf(command),
  };
}

/**
 * The person's signature is the first in the file (a later one is an organisation's or a copy's),
 * by a certificate issued in the signer's name (CERTIFICATE_NOT_OF_SIGNER): a leader's personal
 * certificate names them in its CN.
 */
function recordPerson(command: RecordSignature, state: SignaturesState): SignatureEvent[] {
  guardSignatureStep('record_person', state, command.document, command.actor);
  const [first] = requireAllValid(command.file);
  const holder = commonNameOf(first.certificate!.subject);
  const signer = command.document.signerName;
  if (signer !== null && (holder === null || !sameCertificateName(holder, signer))) {
    throw ruleViolation('CERTIFICATE_NOT_OF_SIGNER', `Chữ ký số trong tệp là của "${holder ?? first.certificate!.subject}", không phải của người đã ký văn bản (${signer})`, 'attachmentId');
  }
  return [{ type: 'SignaturePersonRecorded', data: recorded(command, first) }];
}

/** The organisation's signature is the last in the file, over an earlier one by the recorded person's certificate, and not by it. */
function recordOrganisation(command: RecordSignature, state: SignaturesState): SignatureEvent[] {
  guardSignatureStep('record_organisation', state, command.document, command.actor);
  const person = state.person!;
  const signatures = requireAllValid(command.file);
  const last = signatures[signatures.length - 1];
  if (!signatures.slice(0, -1).some((s) => sameCertificate(s.certificate, person.certificate))) {
    throw ruleViolation('PERSON_SIGNATURE_NOT_IN_FILE', `Tệp của cơ quan phải ký trên bản đã có chữ ký số của người có thẩm quyền (chứng thư ${person.certificate.serial})`, 'attachmentId');
  }
  if (sameCertificate(last.certificate, person.certificate)) {
    throw ruleViolation('ORG_SIGN_WITH_PERSON_CERTIFICATE', 'Chữ ký cuối cùng trong tệp là chữ ký cá nhân, không phải chữ ký số của cơ quan', 'attachmentId');
  }
  return [{ type: 'SignatureOrganisationRecorded', data: { ...recorded(command, last), personSerial: person.certificate.serial } }];
}

function record(command: RecordSignature, state: SignaturesState): SignatureEvent[] {
  const kind = oneOf(command.kind, SIGNATURE_KINDS, 'kind', 'Loại chữ ký phải là person (cá nhân) hoặc organisation (cơ quan)');
  return kind === 'person' ? recordPerson(command, state) : recordOrganisation(command, state);
}

/** Whatever the file holds is recorded, a failing result too: the result is the fact (RECEIVE_INVALID_SIGNATURE acts on it later). */
function verify(command: VerifySignatures, state: SignaturesState): SignatureEvent[] {
  guardSignatureStep('verify', state, command.document, command.actor);
  const { file } = command;
  requirePdf(file);
  const valid = file.signatures.length > 0 && file.signatures.every((signature) => signature.valid);
  return [
    {
      type: 'DocumentSignatureVerified',
      data: { documentId: command.documentId, attachmentId: file.attachmentId, fileName: file.name, fileSha256: file.sha256, valid, signatures: file.signatures, ...stampOf(command) },
    },
  ];
}

/**
 * The decider of a document's digital signatures (DOMAIN.md §10): the events a command causes, or
 * a `DomainError`. Pure: the document's facts and the verified file come with the command.
 */
export function decideSignatures(command: SignatureCommand, state: SignaturesState): SignatureEvent[] {
  requireInstant(command.now, 'now');
  return command.type === 'record' ? record(command, state) : verify(command, state);
}
