import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { referenceData } from './reference-data';
import { WebAsset, WebAssets } from './web-assets';
import { WebController } from './web.controller';
import { chartJsDirectory, VENDOR_FILES, WEB_ASSETS, WEB_PAGE, WEB_ROOT, webRoot } from './web-files';
import { IndexPages } from './web-page';
import { registerWebAssets } from './web-static';

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
      inject: [WEB_ROOT],
      useFactory: (root: string) => {
        const files = WebAssets.load(join(root, 'assets'), VENDOR_FILES.map((file) => ({ directory: chartJsDirectory(), file })));
        return new WebAssets([...files.all(), new WebAsset('/assets/reference.json', Buffer.from(JSON.stringify(referenceData())))]);
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
    // Routes added before `listen()` are part of the server once Fastify becomes ready.
    registerWebAssets(this.adapterHost.httpAdapter.getInstance<FastifyInstance>(), this.assets);
    void this.assets.precompressLarge();
  }
}
