import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { runtimeSupport } from './runtime-support';

describe('runtimeSupport', () => {
  it('names each tested Node.js line and when its security fixes end', () => {
    expect(runtimeSupport('v24.22.3')).toEqual({ node: 'v24.22.3', supported: true, status: 'active_lts', supportedUntil: '2028-04-30' });
    expect(runtimeSupport('v20.20.2')).toMatchObject({ supported: true, status: 'end_of_life', supportedUntil: '2026-04-30' });
    expect(runtimeSupport('v23.1.0')).toMatchObject({ supported: false, status: 'untested', supportedUntil: null });
  });
});
