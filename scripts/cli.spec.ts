import { describe, it } from '@jest/globals';
import { expect } from '../test/support/expect';
import { parseArgs, UsageError } from './cli';

const spec = { values: ['at', 'stream'], switches: ['json'] };

describe('parseArgs', () => {
  it('reads --name value, --name=value, switches and positionals in any order', () => {
    const args = parseArgs(['state', '--at=2026-03-05', 'abc', '--json', '--stream', 'document-1'], spec);
    expect(args.positionals).toEqual(['state', 'abc']);
    expect(args.option('at')).toBe('2026-03-05');
    expect(args.option('stream')).toBe('document-1');
    expect(args.has('json')).toBe(true);
    expect(args.has('help')).toBe(false);
    expect(parseArgs(['--at', 'x', '--', '--json'], spec).positionals).toEqual(['--json']);
  });

  it('refuses what it would otherwise silently ignore: unknown flags, missing values, values on switches, repeats', () => {
    const refused = (argv: string[]) => () => parseArgs(argv, spec);
    expect(refused(['verify', '--strem', 'x'])).toThrow(new UsageError('unknown flag --strem'));
    expect(refused(['verify', '--stream=x', '--json=yes'])).toThrow(/--json takes no value/);
    expect(refused(['state', '--at'])).toThrow(/--at needs a value/);
    expect(refused(['state', '--at', '--json'])).toThrow(/--at needs a value/);
    expect(refused(['state', '--at='])).toThrow(/--at needs a value/);
    expect(refused(['--at', 'a', '--at=b'])).toThrow(/given twice/);
    expect(refused(['-j'])).toThrow(/not a flag/);
  });
});
