import type * as pkijs from 'pkijs';

/** Short names of the attributes Vietnamese certificates carry (RFC 4519; UID holds the MST/CCCD in VGCA certificates). */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'T',
  '1.2.840.113549.1.9.1': 'E',
  '0.9.2342.19200300.100.1.1': 'UID',
};

/** A name as people read it: `CN=Nguyễn Văn An, O=UBND tỉnh, C=VN` (most specific first, as in the certificate). */
export function distinguishedName(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((entry) => `${SHORT_NAMES[entry.type] ?? entry.type}=${String((entry.value.valueBlock as { value?: unknown }).value ?? '')}`)
    .join(', ');
}

/** The serial number as certificate viewers show it: upper-case hex of its DER bytes. */
export function serialOf(certificate: pkijs.Certificate): string {
  return Buffer.from(certificate.serialNumber.valueBlock.valueHexView).toString('hex').toUpperCase();
}
