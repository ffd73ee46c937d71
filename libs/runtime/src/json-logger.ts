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

/**
 * A line's text with fields of its own (a projection's name, a position…): a JSON logger writes
 * the fields beside `message`, where a log collector indexes them, instead of inside the text.
 */
export class LogRecord {
  constructor(
    readonly message: string,
    readonly fields: Readonly<Record<string, unknown>>,
  ) {}

  /** How a logger that does not write JSON shows it. */
  toString(): string {
    return `${this.message} ${JSON.stringify(this.fields, (_, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))}`;
  }
}

const toStandardStreams: LogSink = (line, level) => (level === 'error' || level === 'fatal' ? process.stderr : process.stdout).write(`${line}\n`);

/**
 * The product's logger, in every process (API, projector, launcher): one JSON object per line (`{level, pid, timestamp, message, context}`), for a log collector to
 * parse; request lines carry their fields in `message` (see request-log.ts), a LogRecord's fields
 * stand beside `message` (bigints as decimal strings, as Nest writes them).
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
    const line = message instanceof LogRecord ? { ...this.getJsonLogObject(message.message, options), ...message.fields } : this.getJsonLogObject(message, options);
    this.sink(this.stringifyJsonLogObject(line), options.logLevel);
  }
}

/** The last line of a process that cannot go on (a bad configuration, a failed start), a JSON line like the others. */
export function logFatal(problem: unknown, context: string, sink?: LogSink): void {
  const logger = new QuietLogger({ logLevels: ['fatal'] }, sink);
  logger.fatal(problem instanceof Error ? new LogRecord(problem.message, { stack: problem.stack }) : String(problem), context);
}
