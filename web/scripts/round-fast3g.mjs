// The caretaker's round on Chrome's "Fast 3G" profile (1.6 Mbps down ×0.9, 750 kbps up ×0.9,
// 562.5 ms RTT, as DevTools throttles it): how long until a room's round is usable, on a first
// visit (nothing cached, no service worker) and on a later one (the service worker's app shell),
// and how much JavaScript (gzip) the route loads. A measurement, not a test: nothing fails on time.
//
//   MAIAM_URL=http://localhost:3000 node web/scripts/round-fast3g.mjs
//
// Needs a running service in demo mode (`npm start`) and the built app (web/dist).
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const base = process.env.MAIAM_URL ?? 'http://localhost:3000';
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const FAST_3G = {
  offline: false,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
  latency: 562.5,
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});

async function measure(label, serviceWorkers) {
  const context = await browser.newContext({
    baseURL: base,
    viewport: { width: 360, height: 740 },
    locale: 'vi-VN',
    serviceWorkers,
  });
  const page = await context.newPage();
  // Sign in without throttling (the refresh cookie then restores the session on the cold load).
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill('carer');
  await page.getByLabel('Mật khẩu', { exact: false }).first().fill('demo-2026-maiam');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  const roomLink = page.getByRole('link', { name: /^Phòng / }).first();
  await roomLink.waitFor();
  const href = await roomLink.getAttribute('href');
  if (serviceWorkers === 'allow') {
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: serviceWorkers === 'block' });
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  const scripts = new Set();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/assets/') && path.endsWith('.js')) scripts.add(path);
  });
  const started = Date.now();
  await page.goto(href ?? '/round', { waitUntil: 'commit' });
  // Usable: the first resident's card is on the screen.
  await page.getByRole('region').first().waitFor({ timeout: 120_000 });
  const ms = Date.now() - started;
  const gzip = [...scripts].reduce(
    (sum, path) => sum + gzipSync(readFileSync(join(dist, path))).length,
    0,
  );
  console.log(
    `${label}: round usable after ${(ms / 1000).toFixed(1)} s; JavaScript loaded ${(gzip / 1024).toFixed(1)} kB gzip in ${scripts.size} files`,
  );
  await context.close();
}

await measure('Fast 3G, first visit (no cache, no service worker)', 'block');
await measure('Fast 3G, later visit (service worker app shell)', 'allow');
await browser.close();
