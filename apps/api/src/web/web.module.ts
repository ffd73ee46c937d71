import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { WebController } from './web.controller';
import { WEB_ROOT, webRoot } from './web-files';
import { registerWebAssets } from './web-static';

/**
 * The web application (apps/web: plain HTML, CSS and ES modules, no build step) at `/`: its
 * files under `/assets/`, Chart.js at `/assets/vendor/chart.umd.js`, and `index.html` for every
 * client route. `/api`, `/api/docs`, `/health` and `/metrics` are never shadowed.
 */
@Module({
  controllers: [WebController],
  providers: [{ provide: WEB_ROOT, useFactory: () => webRoot() }],
})
export class WebModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(WEB_ROOT) private readonly root: string,
  ) {}

  onModuleInit(): void {
    // Plugins registered before `listen()` are loaded when Fastify becomes ready.
    registerWebAssets(this.adapterHost.httpAdapter.getInstance<FastifyInstance>(), this.root);
  }
}
