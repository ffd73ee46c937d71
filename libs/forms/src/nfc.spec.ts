import { describe, it } from '@jest/globals';
import { expect } from '../../../test/support/expect';
import { toNfc } from './nfc';

describe('toNfc', () => {
  it('composes every string of a view, however deep, and leaves the rest alone', () => {
    const decomposed = 'Nguyê\u0303n'.normalize('NFD');
    const view = { applicant: { name: decomposed, phone: null }, items: [{ name: decomposed, quantity: 2 }] };
    expect(toNfc(view)).toEqual({ applicant: { name: 'Nguyễn', phone: null }, items: [{ name: 'Nguyễn', quantity: 2 }] });
    expect(view.applicant.name).toBe(decomposed);
  });
});
