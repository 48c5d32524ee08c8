import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The service serves dist/ at / (src/web-app/serve-web-app.ts). In development, `npm run dev -w web`
// serves the app on :5173 and forwards the API to a service started with `npm run start:dev`.
export default defineConfig({
  plugins: [react()],
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
