// The caretaker's round on Chrome's "Fast 3G" profile (1.6 Mbps down ×0.9, 750 kbps up ×0.9,
// 562.5 ms RTT, as DevTools throttles it): how long until a room's round is usable, on a first
// visit (nothing cached, no service worker) and on a later one (the service worker's app shell),
// how much JavaScript the route loads (gzip of the built files, and the bytes that crossed the
// wire), and with WATERFALL=1 every request with its start, end and size.
// A measurement, not a test: nothing fails on time.
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
const waterfall = process.env.WATERFALL === '1';
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
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    requests.set(e.requestId, { url: e.request.url, start: e.timestamp });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) {
      r.encoding = e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'];
      r.fromSw = e.response.fromServiceWorker;
    }
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { end: e.timestamp, bytes: e.encodedDataLength });
  });
  const started = Date.now();
  await page.goto(href ?? '/round', { waitUntil: 'commit' });
  // Usable: the residents' cards are on the screen, with the room's Save button under them (the
  // handover notes above the cards are a region too, shown before the round's answer).
  await page
    .getByRole('button', { name: /^(Lưu cả phòng|Chưa có phiếu nào để lưu)/ })
    .waitFor({ timeout: 120_000 });
  const ms = Date.now() - started;
  const all = [...requests.values()];
  const scripts = all.filter((r) => {
    const path = new URL(r.url).pathname;
    return path.startsWith('/assets/') && path.endsWith('.js');
  });
  const gzip = scripts.reduce(
    (sum, r) => sum + gzipSync(readFileSync(join(dist, new URL(r.url).pathname))).length,
    0,
  );
  const wire = all.reduce((sum, r) => sum + (r.bytes ?? 0), 0);
  console.log(
    `${label}: round usable after ${(ms / 1000).toFixed(1)} s; JavaScript ${(gzip / 1024).toFixed(1)} kB gzip in ${scripts.length} files; ${all.length} requests, ${(wire / 1024).toFixed(1)} kB over the network`,
  );
  if (waterfall && all.length > 0) {
    const t0 = Math.min(...all.map((r) => r.start));
    for (const r of all.sort((a, b) => a.start - b.start)) {
      const u = new URL(r.url);
      console.log(
        `  ${((r.start - t0) * 1000).toFixed(0).padStart(6)} → ${r.end === undefined ? '     …' : ((r.end - t0) * 1000).toFixed(0).padStart(6)} ms ${String(((r.bytes ?? 0) / 1024).toFixed(1)).padStart(7)} kB ${(r.encoding ?? '').padEnd(4)} ${r.fromSw ? 'sw ' : '   '}${u.pathname}`,
      );
    }
  }
  await context.close();
}

await measure('Fast 3G, first visit (no cache, no service worker)', 'block');
await measure('Fast 3G, later visit (service worker app shell)', 'allow');
await browser.close();
