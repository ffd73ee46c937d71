import { fork, type ChildProcess } from 'node:child_process';
import { Logger } from '@nestjs/common';
import { LogRecord } from '@office/runtime/json-logger';

/**
 * A projector cannot start while its database is away and exits: restarting it at least this often
 * brings it back within seconds of the database, however long the database was gone.
 */
const MAX_BACKOFF_MS = 4_000;

/** Keeps one child Node process running (restarted with backoff if it dies) until stopped. */
export class ChildProcessSupervisor {
  private readonly logger: Logger;
  private child?: ChildProcess;
  private stopping = false;
  private backoff = 500;

  constructor(
    private readonly name: string,
    private readonly script: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {
    this.logger = new Logger(name);
  }

  start(): void {
    const started = Date.now();
    // In a session of its own: the terminal's Ctrl-C reaches the launcher alone, which stops this child in its turn.
    const child = fork(this.script, [], { env: this.env, stdio: 'inherit', detached: true });
    this.child = child;
    child.once('exit', (code, signal) => {
      if (this.stopping) return;
      if (Date.now() - started > 60_000) this.backoff = 500;
      this.logger.error(new LogRecord(`${this.name} exited (${signal ?? code}); restarting in ${this.backoff} ms`, { child: this.name, pid: child.pid ?? null, exit: signal ?? code, restartInMs: this.backoff }));
      setTimeout(() => this.stopping || this.start(), this.backoff).unref();
      this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
    });
  }

  /** SIGTERM, then SIGKILL if it has not gone within `graceMs`. */
  stop(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}
