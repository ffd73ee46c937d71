import type * as Xmlbuilder2 from 'xmlbuilder2';

let xmlbuilder2: typeof Xmlbuilder2 | undefined;

/**
 * xmlbuilder2, loaded with the first edXML message written or read: with its DOM it costs ~85 ms of
 * CPU that every API process and every test that starts the app would otherwise pay at start, though
 * only the exchange with other bodies uses it. Synchronous, as the writer and the reader are.
 */
export function xmlbuilder(): typeof Xmlbuilder2 {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  xmlbuilder2 ??= require('xmlbuilder2') as typeof Xmlbuilder2;
  return xmlbuilder2;
}
