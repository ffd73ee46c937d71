import { stream, type GoldenDecision } from '../../testing/golden-events/golden-decisions';
import { actor, T } from '../../testing/document-fixtures';
import type { NumberSeriesCommand } from '../number-series.commands';
import { decideNumberSeries, incomingSeriesKey } from '../number-series.decide';
import { evolveNumberSeries, initialNumberSeriesState } from '../number-series.state';

/* One event of every type a number series' stream holds: two numbers reserved, one used, one voided. */

export function numberingGoldenDecisions(): GoldenDecision[] {
  const base = { series: incomingSeriesKey('normal', T.received), actor: actor('vanthu1'), now: T.received };
  const [first, second] = ['5f0c6a52-6a41-4c44-9a7e-0d3c2b1a0001', '5f0c6a52-6a41-4c44-9a7e-0d3c2b1a0002'];
  const commands: NumberSeriesCommand[] = [
    { ...base, type: 'reserveNumbers', documentIds: [first, second] },
    { ...base, type: 'useNumber', number: 1, documentId: first },
    { ...base, type: 'voidNumber', number: 2, reason: 'Đăng ký không thành công' },
  ];
  return stream(decideNumberSeries, evolveNumberSeries, initialNumberSeriesState, commands);
}
