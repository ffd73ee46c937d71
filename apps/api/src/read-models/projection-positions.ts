import { Injectable } from '@nestjs/common';
// Module by module, not the package's index: the evidence pack's worker thread loads this without every read model's entities.
import { projectedPosition } from '@office/read-models/checkpoints';
import { DataSource } from 'typeorm';

/** API.md: `?minPosition=N` waits at most this long for the projector. */
export const MAX_WAIT_MS = 5_000;
const POLL_MS = 25;

/**
 * Where the read models a query reads have got to, and the `minPosition` wait: poll the
 * checkpoints (in PostgreSQL, so the projector may run in another process) until every one of
 * them has reached N or 5 s have passed; then answer anyway, with the position actually reached.
 */
@Injectable()
export class ProjectionPositions {
  constructor(private readonly dataSource: DataSource) {}

  async reached(names: readonly string[], minPosition?: string | null): Promise<string> {
    const wanted = minPosition ? BigInt(minPosition) : null;
    const deadline = Date.now() + MAX_WAIT_MS;
    for (;;) {
      const position = await projectedPosition(this.dataSource, names);
      if (wanted === null || position >= wanted || Date.now() >= deadline) return position.toString();
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}
