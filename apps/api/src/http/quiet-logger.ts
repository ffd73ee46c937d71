// The API's logger is the product's (libs/runtime): the projector and the launcher write the same JSON lines.
export { logFatal, logLevelsUpTo, LogRecord, QuietLogger, type LogSink } from '@office/runtime';
