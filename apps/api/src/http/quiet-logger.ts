import { ConsoleLogger } from '@nestjs/common';

/** Nest's start-up chatter (every module and route) buries what matters at the `log` level. */
const START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

export class QuietLogger extends ConsoleLogger {
  override log(message: unknown, context?: string): void {
    if (context && START_UP_CONTEXTS.has(context)) return;
    super.log(message, context);
  }
}
