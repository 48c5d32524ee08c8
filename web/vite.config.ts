import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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

// The service serves dist/ at / (src/web-app/serve-web-app.ts). In development, `npm run dev -w web`
// serves the app on :5173 and forwards the API to a service started with `npm run start:dev`.
export default defineConfig({
  plugins: [
    react(),
    precompress(),
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
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
