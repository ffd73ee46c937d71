import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { actor } from '../testing/document-fixtures';
import { deciderSpec } from '../testing/given-when-then';
import type { NumberSeriesCommand } from './number-series.commands';
import { dailySeriesKey, decideNumberSeries, incomingSeriesKey, numberingStreamName, outgoingSeriesKey, seriesForConfidentiality } from './number-series.decide';
import type { NumberSeriesEvent, NumberSeriesKey } from './number-series.events';
import { evolveNumberSeries, initialNumberSeriesState, numberStatus, reservedNumberOf } from './number-series.state';

const given = deciderSpec({ decide: decideNumberSeries, evolve: evolveNumberSeries, initialState: initialNumberSeriesState }, undefined);
const KEY: NumberSeriesKey = { direction: 'incoming', year: 2026, series: 'normal' };
const NOW = '2026-03-05T02:00:00.000Z';
const CLERK = actor('vanthu1');
const by = CLERK.userId;

const reserve = (documentIds: string[], o: Partial<NumberSeriesCommand> = {}): NumberSeriesCommand =>
  ({ type: 'reserveNumbers', series: KEY, documentIds, actor: CLERK, now: NOW, ...o }) as NumberSeriesCommand;
const use = (number: number, documentId: string, o: Partial<NumberSeriesCommand> = {}): NumberSeriesCommand =>
  ({ type: 'useNumber', series: KEY, number, documentId, actor: CLERK, now: NOW, ...o }) as NumberSeriesCommand;
const voidIt = (number: number, reason = 'Đăng ký không thành công', o: Partial<NumberSeriesCommand> = {}): NumberSeriesCommand =>
  ({ type: 'voidNumber', series: KEY, number, reason, actor: CLERK, now: NOW, ...o }) as NumberSeriesCommand;

const reserved = (numbers: [number, string][]): NumberSeriesEvent => ({
  type: 'NumbersReserved',
  data: { ...KEY, numbers: numbers.map(([number, documentId]) => ({ number, documentId })), by, at: NOW },
});
const used = (number: number, documentId: string): NumberSeriesEvent => ({ type: 'NumberUsed', data: { ...KEY, number, documentId, by, at: NOW } });

describe('series keys', () => {
  it('names the stream per direction, year and series', () => {
    expect(numberingStreamName(KEY)).toBe('numbering-incoming-2026-normal');
    expect(numberingStreamName({ direction: 'outgoing', year: 2025, series: 'confidential' })).toBe('numbering-outgoing-2025-confidential');
  });

  it('confidential and above have their own series', () => {
    expect(seriesForConfidentiality('normal')).toBe('normal');
    for (const c of ['confidential', 'secret', 'top_secret'] as const) expect(seriesForConfidentiality(c)).toBe('confidential');
  });

  it('the year is the calendar year in Hà Nội', () => {
    expect(incomingSeriesKey('normal', '2025-12-31T16:59:59Z')).toEqual({ direction: 'incoming', year: 2025, series: 'normal' });
    expect(incomingSeriesKey('secret', '2025-12-31T17:00:00Z')).toEqual({ direction: 'incoming', year: 2026, series: 'confidential' });
    expect(outgoingSeriesKey('normal', '2026-01-01T00:00:00+07:00')).toEqual({ direction: 'outgoing', year: 2026, series: 'normal' });
  });
});

describe('reserveNumbers', () => {
  it('the first numbers of the year start at 1, consecutive, in the order given', () => {
    given([]).when(reserve(['a', 'b', 'c'])).then([reserved([[1, 'a'], [2, 'b'], [3, 'c']])]);
  });

  it('continues from the last number, whether the earlier ones were used or voided', () => {
    const history = [reserved([[1, 'a'], [2, 'b']]), used(1, 'a'), { type: 'NumberVoided', data: { ...KEY, number: 2, documentId: 'b', reason: 'x', by, at: NOW } } as NumberSeriesEvent];
    given(history).when(reserve(['c', 'd'])).then([reserved([[3, 'c'], [4, 'd']])]);
  });

  it('a retry for a document that already holds a reservation gets nothing new (its number is kept)', () => {
    const history = [reserved([[1, 'a']])];
    const { state } = given(history).when(reserve(['a'])).then([]);
    expect(reservedNumberOf(state, 'a')).toBe(1);
    given(history).when(reserve(['a', 'b'])).then([reserved([[2, 'b']])]);
  });

  it('two batches one after the other: no gap, no duplicate', () => {
    let state = initialNumberSeriesState;
    const all: number[] = [];
    for (const batch of [['a', 'b', 'c'], ['d'], ['e', 'f']]) {
      const events = decideNumberSeries(reserve(batch), state);
      state = events.reduce(evolveNumberSeries, state);
      for (const e of events) if (e.type === 'NumbersReserved') all.push(...e.data.numbers.map((n) => n.number));
    }
    expect(all).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it.each<[string, NumberSeriesCommand, string]>([
    ['nothing to reserve', reserve([]), 'NOTHING_TO_RESERVE'],
    ['the same document twice', reserve(['a', 'a']), 'DUPLICATE_DOCUMENT'],
    ['a blank id', reserve(['a', ' ']), 'INVALID_DOCUMENT_ID'],
    ['a silly year', reserve(['a'], { series: { ...KEY, year: 26 } }), 'INVALID_YEAR'],
  ])('RULE_VIOLATION: %s', (_name, command, rule) => {
    given([]).when(command).thenThrows({ code: 'RULE_VIOLATION', rule });
  });

  it('RULE_VIOLATION SERIES_MISMATCH: a command for another series', () => {
    for (const series of [{ ...KEY, year: 2025 }, { ...KEY, series: 'confidential' as const }, { ...KEY, direction: 'outgoing' as const }]) {
      given([reserved([[1, 'a']])]).when(reserve(['b'], { series })).thenThrows({ code: 'RULE_VIOLATION', rule: 'SERIES_MISMATCH' });
    }
  });

  it.each(['cv.kt1', 'chanh.vp', 'kiemtoan1'])('FORBIDDEN: only clerks number (%s)', (username) => {
    given([]).when(reserve(['a'], { actor: actor(username) })).thenThrows({ code: 'FORBIDDEN', rule: 'CLERK_ONLY' });
  });
});

describe('useNumber', () => {
  it('marks a reserved number as used by its document', () => {
    const { state } = given([reserved([[1, 'a'], [2, 'b']])]).when(use(2, 'b')).then([used(2, 'b')]);
    expect(numberStatus(state, 2)).toBe('used');
    expect(numberStatus(state, 1)).toBe('reserved');
    expect(state).toMatchObject({ lastNumber: 2, usedCount: 1 });
  });

  it('a retry decides nothing', () => {
    given([reserved([[1, 'a']]), used(1, 'a')]).when(use(1, 'a')).then([]);
  });

  it('RULE_VIOLATION: a number not reserved, voided, or reserved for another document', () => {
    given([reserved([[1, 'a']])]).when(use(2, 'b')).thenThrows({ code: 'RULE_VIOLATION', rule: 'NUMBER_NOT_RESERVED' });
    given([reserved([[1, 'a']])]).when(use(1, 'b')).thenThrows({ code: 'RULE_VIOLATION', rule: 'NUMBER_RESERVED_FOR_OTHER_DOCUMENT' });
    const voided = [reserved([[1, 'a']]), { type: 'NumberVoided', data: { ...KEY, number: 1, documentId: 'a', reason: 'x', by, at: NOW } } as NumberSeriesEvent];
    given(voided).when(use(1, 'a')).thenThrows({ code: 'RULE_VIOLATION', rule: 'NUMBER_NOT_RESERVED' });
  });
});

describe('voidNumber (a number taken and not used is voided, never silently skipped)', () => {
  it('records the reason and the document it was reserved for; the number is never reused', () => {
    const { state } = given([reserved([[1, 'a'], [2, 'b']])])
      .when(voidIt(1, 'Máy chủ lỗi khi đăng ký'))
      .then([{ type: 'NumberVoided', data: { ...KEY, number: 1, documentId: 'a', reason: 'Máy chủ lỗi khi đăng ký', by, at: NOW } }]);
    expect(numberStatus(state, 1)).toBe('voided');
    expect(decideNumberSeries(reserve(['c']), state)).toEqual([reserved([[3, 'c']])]);
  });

  it('an admin may void what a crash left reserved', () => {
    given([reserved([[1, 'a']])]).when(voidIt(1, 'Dọn số treo', { actor: actor('quantri') })).then([expect.objectContaining({ type: 'NumberVoided' }) as NumberSeriesEvent]);
  });

  it('RULE_VIOLATION: used, already voided, never reserved, no reason', () => {
    const history = [reserved([[1, 'a'], [2, 'b']]), used(1, 'a')];
    given(history).when(voidIt(1)).thenThrows({ code: 'RULE_VIOLATION', rule: 'NUMBER_ALREADY_USED' });
    given([...history, { type: 'NumberVoided', data: { ...KEY, number: 2, documentId: 'b', reason: 'x', by, at: NOW } } as NumberSeriesEvent])
      .when(voidIt(2))
      .thenThrows({ code: 'RULE_VIOLATION', rule: 'NUMBER_ALREADY_VOIDED' });
    given(history).when(voidIt(3)).thenThrows({ code: 'RULE_VIOLATION', rule: 'NUMBER_NOT_RESERVED' });
    given([]).when(voidIt(1)).thenThrows({ code: 'RULE_VIOLATION', rule: 'NUMBER_NOT_RESERVED' });
    given(history).when(voidIt(2, ' ')).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED', field: 'reason' });
  });

  it('FORBIDDEN for a specialist', () => {
    given([reserved([[1, 'a']])]).when(voidIt(1, 'x', { actor: actor('cv.kt1') })).thenThrows({ code: 'FORBIDDEN' });
  });
});

describe('daily series of the one-stop desk (dossier codes, reception slips)', () => {
  const DESK = actor('motcua1');
  const DOSSIERS = dailySeriesKey('dossier', '2026-03-05T01:00:00Z');
  const reserveDaily = (key: NumberSeriesKey, ids: string[], who = DESK): NumberSeriesCommand => ({ type: 'reserveNumbers', series: key, documentIds: ids, actor: who, now: NOW });

  it('one stream per direction and day in Hà Nội, numbered from 1', () => {
    expect(DOSSIERS).toEqual({ direction: 'dossier', year: 2026, series: 'normal', day: '2026-03-05' });
    expect(numberingStreamName(DOSSIERS)).toBe('numbering-dossier-2026-03-05');
    expect(numberingStreamName(dailySeriesKey('reception', '2026-03-05T17:00:00Z'))).toBe('numbering-reception-2026-03-06');
    given([]).when(reserveDaily(DOSSIERS, ['d1', 'd2'])).then([{ type: 'NumbersReserved', data: { ...DOSSIERS, numbers: [{ number: 1, documentId: 'd1' }, { number: 2, documentId: 'd2' }], by: DESK.userId, at: NOW } }]);
  });

  it('a number taken and not used is voided with its reason, never reused', () => {
    const history: NumberSeriesEvent[] = [{ type: 'NumbersReserved', data: { ...DOSSIERS, numbers: [{ number: 1, documentId: 'd1' }], by: DESK.userId, at: NOW } }];
    const { state } = given(history).when({ type: 'voidNumber', series: DOSSIERS, number: 1, reason: 'Không ghi được hồ sơ', actor: DESK, now: NOW }).then([expect.objectContaining({ type: 'NumberVoided' }) as NumberSeriesEvent]);
    expect(decideNumberSeries(reserveDaily(DOSSIERS, ['d2']), state)).toEqual([expect.objectContaining({ data: expect.objectContaining({ numbers: [{ number: 2, documentId: 'd2' }] }) })]);
  });

  it('FORBIDDEN ONESTOP_ONLY_DESK: a clerk does not number the desk, the desk does not number documents', () => {
    given([]).when(reserveDaily(DOSSIERS, ['d1'], CLERK)).thenThrows({ code: 'FORBIDDEN', rule: 'ONESTOP_ONLY_DESK' });
    given([]).when(reserve(['a'], { actor: DESK })).thenThrows({ code: 'FORBIDDEN', rule: 'CLERK_ONLY' });
  });

  it('RULE_VIOLATION INVALID_DAY: a desk series without its day, a document series with one, a day of another year', () => {
    const { day: _day, ...withoutDay } = DOSSIERS;
    given([]).when(reserveDaily(withoutDay, ['d1'])).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_DAY' });
    given([]).when(reserve(['a'], { series: { ...KEY, day: '2026-03-05' } })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_DAY' });
    given([]).when(reserveDaily({ ...DOSSIERS, year: 2025 }, ['d1'])).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_DAY' });
  });

  it('RULE_VIOLATION SERIES_MISMATCH: another day on the same stream', () => {
    const history: NumberSeriesEvent[] = [{ type: 'NumbersReserved', data: { ...DOSSIERS, numbers: [{ number: 1, documentId: 'd1' }], by: DESK.userId, at: NOW } }];
    given(history).when(reserveDaily(dailySeriesKey('dossier', '2026-03-06T01:00:00Z'), ['d2'])).thenThrows({ code: 'RULE_VIOLATION', rule: 'SERIES_MISMATCH' });
  });
});
