import '@office/runtime/compile-cache';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ApprovedCalendar, setCalendarInForce } from '@office/read-models';
import { ConfigError, loadConfig, logFatal, logLevelsUpTo, LogRecord, openPlatform, QuietLogger } from '@office/runtime';
import { NoticeWorker } from './notices/notice-worker';
import { Projector } from './projector';
import { PROJECTIONS } from './projections';

/**
 * The projector as its own process (DATABASE_URL required): `npm start` forks it beside the API so
 * that projections and HTTP each have a core; in production run one or more anywhere.
 */
async function main(): Promise<void> {
  const logger = new Logger('Projector');
  const config = loadConfig();
  // JSON lines like the API's (and the launcher's, whose output this process shares).
  Logger.overrideLogger(new QuietLogger({ logLevels: logLevelsUpTo(config.logLevel) }));
  if (!config.databaseUrl) throw new ConfigError(['DATABASE_URL is required to run the projector on its own']);
  const platform = await openPlatform({ ...config, seedDemoOrganisation: false }, (line) => logger.log(line));
  // The approved working calendar (process steps' working days, the notices sweep), polled as the API does.
  const calendar = new ApprovedCalendar(platform.eventStore, logger);
  calendar.onChange(setCalendarInForce);
  await calendar.start();
  const projector = new Projector(platform.eventStore, platform.dataSource, PROJECTIONS);
  await projector.start();
  logger.log(new LogRecord(`running ${PROJECTIONS.length} projections as ${projector.instanceId}`, { instance: projector.instanceId, projections: PROJECTIONS.length }));
  // Due-soon/overdue notices and their e-mails (issue 16) run beside the projections.
  const notices = new NoticeWorker(platform.dataSource, {
    sweepMinutes: config.noticeSweepMinutes, smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, baseUrl: config.publicBaseUrl ?? `http://localhost:${config.port}`, logger,
  });
  notices.start();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    calendar.stop();
    await notices.stop().catch((e) => logger.error(String(e)));
    await projector.stop().catch((e) => logger.error(String(e)));
    await platform.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  // Forked by `npm start`: if the launcher dies without stopping us, do not outlive it.
  if (process.send) process.once('disconnect', () => void stop());
}

main().catch((error) => {
  logFatal(error instanceof ConfigError ? error.message : error, 'Projector');
  process.exit(error instanceof ConfigError ? 2 : 1);
});
