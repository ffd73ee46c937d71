import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { WorkingCalendar } from '@office/domain';
import type { FastifyInstance } from 'fastify';
import { CalendarInForce } from '../calendar/calendar-in-force';
import { referenceData } from './reference-data';
import { WebAsset, WebAssets } from './web-assets';
import { WebController } from './web.controller';
import { chartJsDirectory, VENDOR_FILES, WEB_ASSETS, WEB_PAGE, WEB_ROOT, webRoot } from './web-files';
import { IndexPages } from './web-page';
import { registerWebAssets } from './web-static';

/** The domain's reference data as a file of the table, with the calendar in force. */
function referenceAsset(calendar: WorkingCalendar): WebAsset {
  return new WebAsset('/assets/reference.json', Buffer.from(JSON.stringify(referenceData(calendar))));
}

/**
 * The web application (apps/web: plain HTML, CSS and ES modules, no build step) at `/`: its
 * files under `/assets/` (fingerprinted, compressed, cached for a year), Chart.js at
 * `/assets/vendor/chart.umd.js`, the domain's reference data at `/assets/reference.json`, and
 * `index.html` (with the import map of the fingerprinted modules) for every client route.
 * `/api`, `/api/docs`, `/health` and `/metrics` are never shadowed.
 */
@Module({
  controllers: [WebController],
  providers: [
    { provide: WEB_ROOT, useFactory: () => webRoot() },
    {
      provide: WEB_ASSETS,
      inject: [WEB_ROOT, CalendarInForce],
      useFactory: (root: string, calendar: CalendarInForce) => {
        const files = WebAssets.load(join(root, 'assets'), VENDOR_FILES.map((file) => ({ directory: chartJsDirectory(), file })));
        const assets = new WebAssets([...files.all(), referenceAsset(calendar.current())]);
        // The browser revalidates reference.json (no-cache + ETag): a newly approved calendar reaches it on its next load.
        calendar.onChange((next) => assets.put(referenceAsset(next)));
        return assets;
      },
    },
    { provide: WEB_PAGE, inject: [WEB_ROOT, WEB_ASSETS], useFactory: (root: string, assets: WebAssets) => new IndexPages(readFileSync(join(root, 'index.html'), 'utf8'), assets) },
  ],
})
export class WebModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(WEB_ASSETS) private readonly assets: WebAssets,
  ) {}

  onModuleInit(): void {
    // No HTTP server in an application context (createApiContext): nothing to serve.
    if (!this.adapterHost.httpAdapter) return;
    // Routes added before `listen()` are part of the server once Fastify becomes ready.
    registerWebAssets(this.adapterHost.httpAdapter.getInstance<FastifyInstance>(), this.assets);
    void this.assets.precompressLarge();
  }
}
