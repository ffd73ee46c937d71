import { ConsoleLogger, type ConsoleLoggerOptions, type LogLevel } from '@nestjs/common';

/** Nest's start-up chatter (every module and route) buries what matters at the `log` level. */
const START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug'];

/** LOG_LEVEL `warn` means fatal, error and warn. */
export function logLevelsUpTo(level: 'error' | 'warn' | 'log' | 'debug'): LogLevel[] {
  return LEVELS.slice(0, LEVELS.indexOf(level) + 1);
}

/** Where a log line goes; stdout by default (a test collects the lines instead). */
export type LogSink = (line: string, level: LogLevel) => void;

const toStandardStreams: LogSink = (line, level) => (level === 'error' || level === 'fatal' ? process.stderr : process.stdout).write(`${line}\n`);

/**
 * One JSON object per line (`{level, pid, timestamp, message, context}`), for a log collector to
 * parse; request lines carry their fields in `message` (see request-log.ts).
 */
export class QuietLogger extends ConsoleLogger {
  constructor(
    options: Pick<ConsoleLoggerOptions, 'logLevels'>,
    private readonly sink: LogSink = toStandardStreams,
  ) {
    super({ ...options, json: true });
  }

  override log(message: unknown, context?: string): void {
    if (context && START_UP_CONTEXTS.has(context)) return;
    super.log(message, context);
  }

  protected override printAsJson(message: unknown, options: { context: string; logLevel: LogLevel; writeStreamType?: 'stdout' | 'stderr'; errorStack?: unknown }): void {
    this.sink(this.stringifyJsonLogObject(this.getJsonLogObject(message, options)), options.logLevel);
  }
}
