import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The service serves dist/ at / (src/web-app/serve-web-app.ts). In development, `npm run dev -w web`
// serves the app on :5173 and forwards the API to a service started with `npm run start:dev`.
export default defineConfig({
  plugins: [
    react(),
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
