import react from '@vitejs/plugin-react';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { LAZY_ROUTES } from './src/app/lazy-routes';

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every hashed script and stylesheet, once, at
 * build time, at the best compression: the service answers them to browsers that accept them
 * (src/web-app/serve-web-app.ts). On a slow line this is most of the first visit's time.
 */
function precompress(): Plugin {
  return {
    name: 'mai-am-precompress',
    apply: 'build',
    writeBundle(options) {
      const dir = join(options.dir ?? 'dist', 'assets');
      for (const name of readdirSync(dir)) {
        if (!/\.(js|css|svg)$/.test(name)) continue;
        const data = readFileSync(join(dir, name));
        if (data.length < 1024) continue;
        writeFileSync(
          join(dir, `${name}.br`),
          brotliCompressSync(data, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
            },
          }),
        );
        writeFileSync(join(dir, `${name}.gz`), gzipSync(data, { level: 9 }));
      }
    },
  };
}

/**
 * For every lazy route (web/src/app/lazy-routes.ts), the chunks its page needs beyond what index.html
 * loads already: the chunk holding its screen's module, the chunks holding its Vietnamese message
 * files, and every chunk they import statically (from the bundle itself: a module may sit in a
 * merged chunk, like the round's, with no chunk of its own). Written to
 * dist/.vite/route-preloads.json (not served, not precached); the service reads it once at
 * start-up and answers the HTML of each route with a `modulepreload` of each
 * (src/web-app/route-preloads.ts). Fails the build when the table names a module that is not
 * loaded lazily, or misses a lazily loaded `routes/` module.
 */
function routePreloads(): Plugin {
  let routes: { path: string; modules: string[]; styles: string[] }[] = [];
  return {
    name: 'mai-am-route-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const chunkOf = (id: string) => chunks.find((c) => c.moduleIds.includes(id));
      const closure = (files: readonly string[], into = new Set<string>()): Set<string> => {
        for (const file of files) {
          if (into.has(file)) continue;
          into.add(file);
          closure(byFile.get(file)?.imports ?? [], into);
        }
        return into;
      };
      const loadedByIndex = closure(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
      const listed = new Set<string>(Object.values(LAZY_ROUTES).map((r) => resolve(r.module)));
      const unlisted = [...this.getModuleIds()].filter(
        (id) =>
          /\/src\/features\/[^/]+\/routes\//.test(id) &&
          (this.getModuleInfo(id)?.dynamicImporters.length ?? 0) > 0 &&
          !listed.has(id),
      );
      if (unlisted.length > 0) {
        throw new Error(
          `route preloads: lazy routes missing in src/app/lazy-routes.ts: ${unlisted.join(', ')}`,
        );
      }
      routes = Object.values(LAZY_ROUTES).map((route) => {
        const screen = chunkOf(resolve(route.module));
        if (!screen || loadedByIndex.has(screen.fileName)) {
          throw new Error(`route preloads: ${route.module} (${route.path}) is not a lazy chunk`);
        }
        const messages = route.messages.flatMap((ns) => {
          const chunk = chunkOf(resolve(`src/messages/vi/${ns}.json`));
          return chunk ? [chunk.fileName] : [];
        });
        const needed = [...closure([screen.fileName, ...messages])].filter(
          (f) => !loadedByIndex.has(f),
        );
        return {
          path: route.path,
          modules: needed.map((file) => `/${file}`),
          styles: [
            ...new Set(
              needed.flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]),
            ),
          ].map((file) => `/${file}`),
        };
      });
    },
    writeBundle(options) {
      const dir = join(options.dir ?? 'dist', '.vite');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'route-preloads.json'), `${JSON.stringify({ routes }, null, 2)}\n`);
    },
  };
}

/**
 * The caretaker's round in three files instead of ~18 (beside the entry): on a slow HTTP/1.1 line
 * each small file costs a round trip of one of six connections. `round`: its own modules and
 * Vietnamese texts; `round-ui`: the app's shared pieces it uses (error display, formats, chips…)
 * and the library parts it imports by name (Mantine's Card, Badge, Textarea…, TanStack's useQuery…)
 * with their own dependencies; its two pages' own chunks are tiny facades. The entry's modules go
 * to the entry first (the `index` group): any group otherwise makes rolldown split the entry.
 * Only the app's files are followed through imports: a library's index re-exports every part,
 * which would bring the director's widgets along.
 */
const roundRoots = [LAZY_ROUTES.round.module, LAZY_ROUTES.roomRound.module].map((m) => resolve(m));
/** The app's modules the round's two pages import, directly or through other app modules. */
const roundModules = new Set<string>();
/** The library parts they import by name (`Card`, `useQuery`): their file is named the same. */
const roundLibraryParts = new Set<string>();
const LIBRARIES = /import\s*\{([^}]*)\}\s*from\s*'(@mantine\/core|@tanstack\/react-query)'/g;
const isApp = (id: string) => id.startsWith(resolve('src'));
function roundChunks(): Plugin {
  return {
    name: 'mai-am-round-chunks',
    apply: 'build',
    buildEnd() {
      roundModules.clear();
      roundLibraryParts.clear();
      const todo = [...roundRoots];
      for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
        if (roundModules.has(id) || !isApp(id)) continue;
        roundModules.add(id);
        todo.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        if (!/\.tsx?$/.test(id)) continue;
        for (const [, names = ''] of readFileSync(id, 'utf8').matchAll(LIBRARIES)) {
          for (const name of names.split(',')) {
            const part = name
              .replace(/^\s*type\s+/, '')
              .split(/\s+as\s+/)[0]
              ?.trim();
            if (part && !name.trim().startsWith('type ')) roundLibraryParts.add(part);
          }
        }
      }
      if (!roundRoots.every((id) => roundModules.has(id))) {
        throw new Error(`round chunks: ${roundRoots.join(', ')} not found`);
      }
    },
  };
}
const isRoundLibraryPart = (id: string) =>
  /\/node_modules\/(@mantine\/core|@tanstack\/react-query)\//.test(id) &&
  roundLibraryParts.has(id.replace(/^.*\/([^/]+)\.m?js$/, '$1'));

// The service serves dist/ at / (src/web-app/serve-web-app.ts). In development, `npm run dev -w web`
// serves the app on :5173 and forwards the API to a service started with `npm run start:dev`.
export default defineConfig({
  plugins: [
    react(),
    precompress(),
    routePreloads(),
    roundChunks(),
    // The service worker (Workbox generateSW): precaches the app shell (html, js, css, icon) so
    // the app opens without network after a first visit. API answers are never cached by it
    // (the round keeps its own copy in IndexedDB). Registered by src/lib/service-worker.ts, a
    // module: no inline script (helmet's CSP). The service serves sw.js with max-age=0.
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Mái Ấm',
        short_name: 'Mái Ấm',
        description: 'Hồ sơ trung tâm bảo trợ xã hội',
        lang: 'vi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b7285',
        icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/docs/, /^\/health/],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        // The first install controls the open page at once (its lazy chunks then load offline too);
        // a later version still waits for every tab to close (no skipWaiting).
        clientsClaim: true,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline scripts or module-preload polyfill: helmet's CSP allows scripts from this origin only.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'index',
              tags: ['$initial'],
              priority: 30,
              includeDependenciesRecursively: false,
            },
            {
              name: 'round',
              test: (id) => roundModules.has(id) && /\/src\/(features\/round|messages)\//.test(id),
              priority: 20,
              includeDependenciesRecursively: false,
            },
            {
              name: 'round-ui',
              test: (id) => roundModules.has(id),
              priority: 10,
              includeDependenciesRecursively: false,
            },
            {
              name: 'round-ui',
              test: isRoundLibraryPart,
              priority: 5,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
