/**
 * A rebuild's memory of per-document folds: each document's latest row stays here between
 * batches and is written when it has not been touched for longest and room is needed, or at the
 * end. A document's events are spread over weeks of the log, so a rebuild that wrote after every
 * batch would write each row many times; this writes most of them once.
 */
export class FoldBuffer<Entry> {
  /** Map order is recency: a touched entry is moved to the end. */
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(id: string): Entry | undefined {
    return this.entries.get(id);
  }

  /** Remembers the entry as the most recently touched. */
  set(id: string, entry: Entry): void {
    this.entries.delete(id);
    this.entries.set(id, entry);
  }

  /** The least recently touched entries beyond capacity, removed; never one touched by the current batch. */
  evict(touchedNow: ReadonlySet<string>): Entry[] {
    const out: Entry[] = [];
    for (const [id, entry] of this.entries) {
      if (this.entries.size <= this.capacity) break;
      if (touchedNow.has(id)) continue;
      this.entries.delete(id);
      out.push(entry);
    }
    return out;
  }

  /** Everything left, removed. */
  drain(): Entry[] {
    const out = [...this.entries.values()];
    this.entries.clear();
    return out;
  }
}
