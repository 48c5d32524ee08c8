/**
 * Registers the service worker that vite-plugin-pwa generates (Workbox, generateSW): it precaches
 * the app shell so the app opens without network after a first visit. It caches no API answer.
 * Registered from this module (no inline script: helmet's CSP forbids them). A new version waits
 * until every tab of the app is closed, so a caretaker mid-round is never reloaded under her thumb.
 */
import { registerSW } from 'virtual:pwa-register';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  void registerSW({ immediate: true });
}
