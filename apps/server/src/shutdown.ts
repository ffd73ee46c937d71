import { Logger } from '@nestjs/common';

/** The signals that ask the product to stop: a service manager's, Ctrl-C, the terminal closing. */
const STOP_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

/**
 * Stops what has been started, newest first, on SIGTERM/SIGINT/SIGHUP — also when the signal comes
 * while the product is still starting, so that no child process or PostgreSQL is left behind.
 * Listening for good (not once): a repeated signal (npm passes on the Ctrl-C the terminal already
 * sent, an impatient second Ctrl-C) must not kill the process halfway through its shutdown.
 */
export class Shutdown {
  private readonly steps: Array<{ name: string; stop: () => Promise<void> }> = [];
  private stopping = false;

  constructor(private readonly logger: Logger) {
    for (const signal of STOP_SIGNALS) process.on(signal, () => void this.run(signal));
  }

  add(name: string, stop: () => Promise<void>): void {
    this.steps.push({ name, stop });
  }

  async run(reason: string): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.logger.log(`${reason}: stopping`);
    for (const step of this.steps.reverse()) {
      const started = Date.now();
      await step.stop().then(
        () => this.logger.log(`${step.name} stopped in ${Date.now() - started} ms`),
        (e) => this.logger.error(`${step.name}: ${String(e)}`),
      );
    }
    this.logger.log('stopped');
    process.exit(0);
  }
}
