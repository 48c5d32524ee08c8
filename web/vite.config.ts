import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/**
 * For every lazy route (src/app/lazy-routes.ts), the chunks its page needs beyond what index.html
 * loads already: its screen's chunk, its Vietnamese message files and every chunk they import
 * statically, resolved through the build's manifest. Written to dist/.vite/route-preloads.json
 * (not served, not precached); the service reads it once at start-up and answers the HTML of each
 * route with a `modulepreload` of each (src/web-app/route-preloads.ts). Fails the build when the
 * table names a module that is not a lazy chunk, or misses a lazy `routes/` module.
 */
function routePreloads(): Plugin {
  return {
    name: 'mai-am-route-preloads',
    apply: 'build',
    writeBundle(options) {
      const dir = options.dir ?? 'dist';
      const manifest = JSON.parse(
        readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8'),
      ) as Record<string, ManifestChunk>;
      const chunk = (key: string): ManifestChunk => {
        const found = manifest[key];
        if (!found) throw new Error(`route preloads: ${key} is not in the build's manifest`);
        return found;
      };
      const closure = (keys: readonly string[], into = new Set<string>()): Set<string> => {
        for (const key of keys) {
          if (into.has(key)) continue;
          into.add(key);
          closure(chunk(key).imports ?? [], into);
        }
        return into;
      };
      const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
      const loadedByIndex = closure(entries);
      const listed = new Set<string>(Object.values(LAZY_ROUTES).map((r) => r.module));
      const unlisted = Object.keys(manifest).filter(
        (key) =>
          manifest[key]?.isDynamicEntry && /^src\/features\/[^/]+\/routes\//.test(key) && !listed.has(key),
      );
      if (unlisted.length > 0) {
        throw new Error(`route preloads: lazy routes missing in src/app/lazy-routes.ts: ${unlisted.join(', ')}`);
      }
      const routes = Object.values(LAZY_ROUTES).map((route) => {
        if (!chunk(route.module).isDynamicEntry) {
          throw new Error(`route preloads: ${route.module} (${route.path}) is not a lazy chunk`);
        }
        const needed = [...closure([route.module, ...route.messages.map((ns) => `src/messages/vi/${ns}.json`)])]
          .filter((key) => !loadedByIndex.has(key));
        return {
          path: route.path,
          modules: needed.map((key) => `/${chunk(key).file}`),
          styles: [...new Set(needed.flatMap((key) => chunk(key).css ?? []))].map((file) => `/${file}`),
        };
      });
      writeFileSync(join(dir, '.vite', 'route-preloads.json'), `${JSON.stringify({ routes }, null, 2)}\n`);
    },
  };
}

// The service serves dist/ at / (src/web-app/serve-web-app.ts). In development, `npm run dev -w web`
// serves the app on :5173 and forwards the API to a service started with `npm run start:dev`.
export default defineConfig({
  plugins: [
    react(),
    precompress(),
    routePreloads(),
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
    // dist/.vite/manifest.json: which chunks each lazy route needs (routePreloads, above).
    manifest: true,
    // No inline scripts or module-preload polyfill: helmet's CSP allows scripts from this origin only.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
