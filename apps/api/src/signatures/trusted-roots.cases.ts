import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { scratchFolders } from '../../../../test/support/scratch-folders';
import { testAuthority } from '../../../../libs/signatures/src/testing/signed-pdfs';
import { trustedRootsFrom } from './trusted-roots';

const pem = (der: Buffer) => `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;

describe('SIGNATURE_TRUSTED_ROOTS', () => {
  const scratch = scratchFolders();

  it('unset: no roots (every result then says trusted: false, with the reason)', () => {
    expect(trustedRootsFrom({})).toEqual([]);
  });

  it('reads every certificate of a PEM bundle as DER; a file without one is a start-up error', () => {
    const dir = scratch('h4-roots-');
    const [root, sub] = [testAuthority('Root CA thử nghiệm'), testAuthority('CA cấp dưới thử nghiệm')];
    writeFileSync(join(dir, 'roots.pem'), `# Ban Cơ yếu\n${pem(root.certificate)}${pem(sub.certificate)}`);
    expect(trustedRootsFrom({ SIGNATURE_TRUSTED_ROOTS: join(dir, 'roots.pem') })).toEqual([root.certificate, sub.certificate]);
    writeFileSync(join(dir, 'empty.pem'), 'nothing here');
    expect(() => trustedRootsFrom({ SIGNATURE_TRUSTED_ROOTS: join(dir, 'empty.pem') })).toThrow(/holds no PEM certificate/);
  });
});
