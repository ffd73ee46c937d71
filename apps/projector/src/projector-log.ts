import { Logger } from '@nestjs/common';
import { LogRecord } from '@office/runtime';

/** Fields of a projector line besides its text: which projection, at which position, which instance… */
export type LogFields = Record<string, string | number | bigint | boolean | string[] | null | undefined>;

/** What the projector logs through: Nest's Logger by default (JSON lines once QuietLogger is installed); tests pass their own. */
export interface ProjectorLogger {
  log(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** The projector's lines through Nest's process-wide logger, each field beside `message` (QuietLogger). */
export function nestProjectorLogger(context = 'Projector'): ProjectorLogger {
  const logger = new Logger(context);
  const record = (message: string, fields?: LogFields) => (fields ? new LogRecord(message, fields) : message);
  return {
    log: (message, fields) => logger.log(record(message, fields)),
    warn: (message, fields) => logger.warn(record(message, fields)),
    error: (message, fields) => logger.error(record(message, fields)),
  };
}
