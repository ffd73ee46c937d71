import { describe, it } from '@jest/globals';
import { expect } from '../test/support/expect';
import { judge, majorsBehind, recordedExceptions } from './dependency-policy';

describe('dependency policy', () => {
  it('counts major lines as semver does, 0.x minors included', () => {
    expect(majorsBehind('11.2.10', '12.5.1')).toBe(1);
    expect(majorsBehind('10.0.0', '12.0.0')).toBe(2);
    expect(majorsBehind('0.3.31', '1.1.1')).toBe(1);
    expect(majorsBehind('0.3.31', '2.0.0')).toBe(2);
    expect(majorsBehind('0.5.1', '0.7.0')).toBe(2);
    expect(majorsBehind('4.4.0', '4.4.0')).toBe(0);
    expect(majorsBehind('3.0.0', '2.9.0')).toBe(0);
  });

  it('reads the README exceptions table', () => {
    const readme = '# X\n## Requirements\n### Dependency exceptions\n| package | reason |\n|---|---|\n| `exceljs` | no newer major |\n| `yazl` | |\n## Next\n| `other` | not here |\n';
    expect([...recordedExceptions(readme)]).toEqual([['exceljs', 'no newer major']]);
  });

  it('flags deprecated and far-behind dependencies, excused only with a recorded reason', () => {
    const verdicts = judge(
      [
        { name: 'old', pinned: '1.0.0', latest: '3.0.0', deprecated: null },
        { name: 'gone', pinned: '2.0.0', latest: '2.0.0', deprecated: 'use other' },
        { name: 'fine', pinned: '5.1.0', latest: '6.0.0', deprecated: null },
      ],
      new Map([['gone', 'the replacement lacks X']]),
    );
    expect(verdicts).toEqual([
      { name: 'old', problem: '1.0.0 is 2 majors behind 3.0.0', excused: null },
      { name: 'gone', problem: 'deprecated: use other', excused: 'the replacement lacks X' },
    ]);
  });
});
