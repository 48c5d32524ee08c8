import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';

/** Paths that belong to the service, never to the web app (the API answers its own 404). */
const SERVICE_PATHS = /^\/(api|docs|docs-json|health)(\/|$|-)/;

/**
 * Serves the built staff web app (`web/dist`) at `/`: its hashed files under /assets for a year,
 * and index.html for every other GET of a non-service path, so the app's routes survive a
 * reload. A missing build is logged and skipped: the API works without it.
 * Helmet's CSP applies unchanged (registered before): scripts only from this origin.
 */
export function serveWebApp(app: NestExpressApplication, distDir: string): void {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) {
    new Logger('WebApp').warn(
      `The staff web app is not built (no ${index}); the API runs without it. Build it with: npm run build -w web`,
    );
    return;
  }
  app.use(
    '/assets',
    express.static(join(distDir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: true,
    }),
  );
  app.use(
    express.static(distDir, {
      index: false,
      maxAge: 0,
      // The app's own files only: no dotfiles, no directory listings.
      dotfiles: 'ignore',
      redirect: false,
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage = req.method === 'GET' || req.method === 'HEAD';
    if (!isPage || SERVICE_PATHS.test(req.path) || req.path.startsWith('/assets/')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index, (err) => {
      if (err) next(err);
    });
  });
}
