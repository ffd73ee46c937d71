import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { addCalendarDays, dailySeriesKey, dossierStreamName, endOfLocalDay, localDateOf, receptionStreamName, type DailyDirection } from '@office/domain';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import { NumberReconciler } from '../documents/numbering/number-reconciler';

/** Today's and yesterday's series: a crash just before midnight leaves its reservation in yesterday's. */
function recentDays(direction: DailyDirection, now: string) {
  const today = localDateOf(now);
  return [today, addCalendarDays(today, -1)].map((day) => dailySeriesKey(direction, endOfLocalDay(day)));
}

/**
 * Hands the desk's daily series (dossier codes, slip numbers) to the reconciler, so that a
 * number taken by a desk that crashed before writing its dossier is voided with the reason,
 * never left as a silent gap in the day's sequence.
 */
@Injectable()
export class DeskNumbering implements OnModuleInit {
  constructor(
    private readonly reconciler: NumberReconciler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  onModuleInit(): void {
    const written = async (stream: string) => (await this.store.readStream(stream, { maxCount: 1 })).length > 0;
    this.reconciler.settle({ seriesAt: (now) => recentDays('dossier', now), written: (id) => written(dossierStreamName(id)) });
    this.reconciler.settle({ seriesAt: (now) => recentDays('reception', now), written: (id) => written(receptionStreamName(id)) });
  }
}
