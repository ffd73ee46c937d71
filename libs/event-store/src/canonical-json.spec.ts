import { describe, it } from '@jest/globals';
import { expect } from '../../../test/support/expect';
import { canonicalJson } from './canonical-json';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units at every level and drops white space', () => {
    expect(canonicalJson({ b: [3, { z: 1, a: 2 }], a: null, '€': 1, '\r': 2, '1': 3 })).toBe('{"\\r":2,"1":3,"a":null,"b":[3,{"a":2,"z":1}],"€":1}');
  });

  it('serialises numbers as ECMAScript does (RFC 8785 appendix B samples)', () => {
    // eslint-disable-next-line no-loss-of-precision -- the RFC sample is meant to be rounded
    expect(canonicalJson([1e21, 1e-7, 0.000001, -0, 333333333.33333329, 1e23, 9007199254740992, 4.5, 2e-3])).toBe(
      '[1e+21,1e-7,0.000001,0,333333333.3333333,1e+23,9007199254740992,4.5,0.002]',
    );
  });

  it('escapes strings minimally and keeps Vietnamese as is', () => {
    expect(canonicalJson({ s: 'Văn bản "đến"\n\u0001\u20ac' })).toBe('{"s":"Văn bản \\"đến\\"\\n\\u0001€"}');
  });

  it('treats what is not JSON as JSON.stringify does, so the hash matches what is stored', () => {
    const value = { when: new Date('2026-03-05T01:02:03Z'), gone: undefined, list: [undefined, () => 1], nested: { b: 1, a: undefined } };
    expect(canonicalJson(value)).toBe(canonicalJson(JSON.parse(JSON.stringify(value))));
    expect(canonicalJson(value)).toBe('{"list":[null,null],"nested":{"b":1},"when":"2026-03-05T01:02:03.000Z"}');
  });

  it('sorts each object by its own keys, even when its keys joined read like those of another object', () => {
    expect(canonicalJson({ c: 3, b: 2, a: 1 })).toBe('{"a":1,"b":2,"c":3}');
    expect(canonicalJson({ 'a\u0000b': 1, c: 2 })).toBe('{"a\\u0000b":1,"c":2}');
    expect(canonicalJson({ c: 1, 'a\u0000b': 2 })).toBe('{"a\\u0000b":2,"c":1}');
    expect(canonicalJson({ a: 1, 'b\u0000c': 2 })).toBe('{"a":1,"b\\u0000c":2}');
    expect(canonicalJson({ b: { y: 1, x: 2 }, a: { y: 3, x: 4 } })).toBe('{"a":{"x":4,"y":3},"b":{"x":2,"y":1}}');
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
  });
});
