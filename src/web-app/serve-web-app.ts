import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import { routePages } from './route-preloads';

/** Paths that belong to the service, never to the web app (the API answers its own 404). */
const SERVICE_PATHS = /^\/(api|docs|docs-json|health)(\/|$|-)/;

/** The encodings the web build writes beside each asset (web/vite.config.ts), best first. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

const ASSET_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

const YEAR_CACHE = 'public, max-age=31536000, immutable';

/**
 * The build's brotli and gzip copies of the hashed assets (`app-abc123.js.br`), answered to a
 * browser that accepts them: a phone on a slow line downloads a quarter of the bytes, and the
 * service spends no CPU compressing per request. The file names are read once at start-up, so a
 * request can only ever name a file of the build.
 */
function precompressedAssets(assetsDir: string) {
  const names = existsSync(assetsDir) ? new Set(readdirSync(assetsDir)) : new Set<string>();
  return (req: Request, res: Response, next: NextFunction) => {
    const name = req.path.slice(1);
    const type = ASSET_TYPES[extname(name)];
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !type || !names.has(name)) {
      next();
      return;
    }
    res.setHeader('Vary', 'Accept-Encoding');
    // Ours first (brotli is the smaller), among those the browser takes: Chrome lists gzip first.
    const copy = PRECOMPRESSED.find(
      (p) => names.has(`${name}${p.suffix}`) && req.acceptsEncodings(p.encoding) === p.encoding,
    );
    if (!copy) {
      next();
      return;
    }
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', copy.encoding);
    res.sendFile(
      join(assetsDir, `${name}${copy.suffix}`),
      { headers: { 'Cache-Control': YEAR_CACHE }, cacheControl: false, dotfiles: 'deny' },
      (err) => {
        if (err) next(err);
      },
    );
  };
}

/**
 * Serves the built staff web app (`web/dist`) at `/`: its hashed files under /assets for a year
 * (brotli or gzip when the browser takes it, from the build's precompressed copies), and index.html for every other GET of a non-service path, so the app's routes survive a
 * reload; for a lazy route, with a `modulepreload` of its chunks (route-preloads.ts). The HTML
 * of every route is made once here, at start-up (a new web build needs a restart, as its assets
 * do). A missing build is logged and skipped: the API works without it.
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
  const pageOf = routePages(distDir, readFileSync(index, 'utf8'));
  app.use('/assets', precompressedAssets(join(distDir, 'assets')));
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
    res.type('html').send(pageOf(req.path));
  });
}
