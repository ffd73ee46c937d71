import { startEmbeddedPostgres, type EmbeddedPostgresOptions, type RunningPostgres } from './embedded-postgres';

const FIRST_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 10_000;
/** A server that stayed up this long is healthy again: the next crash starts from the first backoff. */
const STABLE_MS = 60_000;

export interface SupervisedPostgres {
  /** Connection string of the `postgres` maintenance database; the same across restarts. */
  url: string;
  port: number;
  /** The current postmaster's process id (it changes with each restart). */
  readonly pid: number;
  /** Ends supervision, then stops the server that runs now. */
  stop(): Promise<void>;
}

/**
 * The embedded PostgreSQL, kept running: when its postmaster dies (crash, OOM killer, kill -9) it
 * is started again on the same data directory and port, after a backoff that grows while starts
 * fail (old backends may still hold the shared memory for a moment). PostgreSQL's crash recovery
 * replays its WAL, so every committed transaction is there again; the clients' pools reconnect
 * to the same URL on their own.
 */
export async function superviseEmbeddedPostgres(options: EmbeddedPostgresOptions & { log: (line: string) => void }): Promise<SupervisedPostgres> {
  let current: RunningPostgres = await startEmbeddedPostgres(options);
  const port = current.port;
  let stopping = false;
  let wake: (() => void) | undefined;

  const restartAfterExit = async (): Promise<void> => {
    let backoff = FIRST_BACKOFF_MS;
    while (!stopping) {
      const startedAt = Date.now();
      await current.exited;
      if (stopping) return;
      // One that dies soon after each start (a full disk, a broken config) is waited for longer each time.
      if (Date.now() - startedAt > STABLE_MS) backoff = FIRST_BACKOFF_MS;
      const down = Date.now();
      options.log(`embedded PostgreSQL (pid ${current.pid}) exited unexpectedly; restarting it on port ${port} in ${backoff} ms`);
      for (let attempt = 1; !stopping; attempt++) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, backoff);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        if (stopping) return;
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
        try {
          current = await startEmbeddedPostgres({ ...options, port });
          // stop() came while this one was starting: it stopped the dead one only.
          if (stopping) return await current.stop();
          options.log(`embedded PostgreSQL restarted (pid ${current.pid}) ${Date.now() - down} ms after it exited, attempt ${attempt}`);
          break;
        } catch (error) {
          options.log(`embedded PostgreSQL restart attempt ${attempt} failed (${error instanceof Error ? error.message : String(error)}); next in ${backoff} ms`);
        }
      }
    }
  };
  const supervision = restartAfterExit();

  return {
    url: current.url,
    port,
    get pid() {
      return current.pid;
    },
    async stop() {
      stopping = true;
      wake?.();
      await current.stop();
      await supervision;
    },
  };
}
