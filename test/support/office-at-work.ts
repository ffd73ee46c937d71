import type { EventStore, RecordedEvent } from '@office/event-store';
import { registration, step } from './document-steps';
import type { TestApp } from './test-app';

export interface OfficeAtWork {
  /** Ids of the documents whose registration was acknowledged (201), in the order the answers came. */
  acknowledged: string[];
  /** Any other answer: none is expected. */
  refused: string[];
  /** Lets the registrations in flight finish, then starts no more. */
  stop(): Promise<void>;
}

/** `clerks` clerks registering incoming documents through the API, one after another, until stopped. */
export function keepRegistering(app: TestApp, clerks: number): OfficeAtWork {
  const acknowledged: string[] = [];
  const refused: string[] = [];
  let working = true;
  const clerk = async (n: number) => {
    for (let i = 0; working; i++) {
      const answer = await step(app, 'vanthu1', '/api/documents', registration({ excerpt: `Công văn số ${i} của văn thư ${n} về việc báo cáo định kỳ` }));
      if (answer.status === 201) acknowledged.push(answer.body.id);
      else refused.push(`${answer.status} ${JSON.stringify(answer.body)}`);
    }
  };
  const running = Array.from({ length: clerks }, (_, n) => clerk(n));
  return {
    acknowledged,
    refused,
    async stop() {
      working = false;
      await Promise.all(running);
    },
  };
}

/**
 * The whole log in order, a page at a time. With `lastWritten` (the log table's max(position)), it
 * first waits until readers can see that far: readers stop below the oldest transaction open in the
 * cluster, and a projector still working (the notices projection's insert, say) holds it back a moment.
 */
export async function wholeLog(store: EventStore, lastWritten?: () => Promise<bigint>): Promise<RecordedEvent[]> {
  if (lastWritten) {
    const last = await lastWritten();
    for (let tries = 0; tries < 300 && (await store.headPosition()) < last; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const events: RecordedEvent[] = [];
  for (let page = await store.readAll({ maxCount: 1000 }); page.length > 0; page = await store.readAll({ after: page.at(-1)!.position, maxCount: 1000 })) events.push(...page);
  return events;
}
