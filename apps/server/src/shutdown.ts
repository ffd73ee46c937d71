import { Logger } from '@nestjs/common';

/**
 * Stops what has been started, newest first, on SIGTERM/SIGINT — also when the signal comes while
 * the product is still starting, so that no child process or PostgreSQL is left behind.
 */
export class Shutdown {
  private readonly steps: Array<{ name: string; stop: () => Promise<void> }> = [];
  private stopping = false;

  constructor(private readonly logger: Logger) {
    process.once('SIGTERM', () => void this.run('SIGTERM'));
    process.once('SIGINT', () => void this.run('SIGINT'));
  }

  add(name: string, stop: () => Promise<void>): void {
    this.steps.push({ name, stop });
  }

  async run(reason: string): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.logger.log(`${reason}: stopping`);
    for (const step of this.steps.reverse()) await step.stop().catch((e) => this.logger.error(`${step.name}: ${String(e)}`));
    this.logger.log('stopped');
    process.exit(0);
  }
}
