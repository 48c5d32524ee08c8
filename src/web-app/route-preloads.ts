import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';

/** What the web build writes beside its manifest (web/vite.config.ts, `routePreloads`). */
interface RoutePreloadsFile {
  routes: { path: string; modules: string[]; styles: string[] }[];
}

interface RoutePage {
  pattern: RegExp;
  html: string;
}

/** A built asset's URL (`/assets/name-hash.js`): nothing else is ever written into the HTML. */
const ASSET_URL = /^\/assets\/[\w.-]+\.(js|css)$/;

/** `/round/:roomId` → `^/round/[^/]+/?$` (react-router's syntax: `:name` is one segment). */
function patternOf(path: string): RegExp {
  const segments = path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => (s.startsWith(':') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^/${segments.join('/')}/?$`);
}

function linksOf(route: RoutePreloadsFile['routes'][number], distDir: string): string {
  const exists = (url: string) => ASSET_URL.test(url) && existsSync(join(distDir, url));
  return [
    ...route.styles.filter(exists).map((url) => `<link rel="stylesheet" href="${url}">`),
    ...route.modules
      .filter(exists)
      .map((url) => `<link rel="modulepreload" crossorigin href="${url}">`),
  ].join('');
}

/**
 * The HTML of each lazy route of the web app, made once at start-up: index.html with a
 * `modulepreload` of the route's screen chunk, its Vietnamese message files and every chunk they
 * import (the build's `route-preloads.json`), so a cold visit of `/round/12` fetches them beside
 * the entry instead of after it has run. Link tags only: helmet's CSP (scripts from this origin)
 * is unchanged. Without that file (an older build) every route gets index.html as it is.
 * Returns the HTML for a request path.
 */
export function routePages(distDir: string, indexHtml: string): (path: string) => string {
  const file = join(distDir, '.vite', 'route-preloads.json');
  if (!existsSync(file)) return () => indexHtml;
  const { routes } = JSON.parse(readFileSync(file, 'utf8')) as RoutePreloadsFile;
  const head = indexHtml.indexOf('</head>');
  if (head < 0) {
    new Logger('WebApp').warn(
      'index.html has no </head>: its routes are answered without preloads',
    );
    return () => indexHtml;
  }
  const pages: RoutePage[] = routes.map((route) => ({
    pattern: patternOf(route.path),
    html: `${indexHtml.slice(0, head)}${linksOf(route, distDir)}${indexHtml.slice(head)}`,
  }));
  return (path) => pages.find((p) => p.pattern.test(path))?.html ?? indexHtml;
}
