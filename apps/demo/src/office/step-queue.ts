/**
 * The remaining steps of many subjects (documents, dossiers), earliest first: a binary heap over
 * each subject's next step, so that a plan of a year is yielded in time order without holding it
 * sorted. Each subject's own steps are pushed already in time order.
 */
export class StepQueue<S extends { at: string }> {
  private readonly heap: Array<{ steps: S[]; index: number }> = [];

  get size(): number {
    return this.heap.length;
  }

  peekTime(): string | undefined {
    const top = this.heap[0];
    return top ? top.steps[top.index].at : undefined;
  }

  push(steps: S[]): void {
    if (steps.length > 0) this.insert({ steps, index: 0 });
  }

  pop(): S | undefined {
    const top = this.heap[0];
    if (!top) return undefined;
    const step = top.steps[top.index++];
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
    if (top.index < top.steps.length) this.insert(top);
    return step;
  }

  private time(i: number): string {
    const entry = this.heap[i];
    return entry.steps[entry.index].at;
  }

  private insert(entry: { steps: S[]; index: number }): void {
    this.heap.push(entry);
    let i = this.heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.time(parent) <= this.time(i)) break;
      [this.heap[parent], this.heap[i]] = [this.heap[i], this.heap[parent]];
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < this.heap.length && this.time(l) < this.time(smallest)) smallest = l;
      if (r < this.heap.length && this.time(r) < this.time(smallest)) smallest = r;
      if (smallest === i) return;
      [this.heap[smallest], this.heap[i]] = [this.heap[i], this.heap[smallest]];
      i = smallest;
    }
  }
}

/**
 * Every subject's planned steps in time order: `plan` is called for each arrival (sorted) only
 * when the clock reaches it, so that a year is planned as it is played. Steps after `until`
 * (epoch ms) are dropped: those subjects stay in progress.
 */
export function* inTimeOrder<S extends { at: string }>(arrivals: readonly string[], plan: (at: string) => S[], until: number): Generator<S> {
  const queue = new StepQueue<S>();
  let next = 0;
  for (;;) {
    while (next < arrivals.length && (queue.size === 0 || arrivals[next] <= queue.peekTime()!)) queue.push(plan(arrivals[next++]));
    const step = queue.pop();
    if (!step) return;
    if (Date.parse(step.at) > until) continue;
    yield step;
  }
}
