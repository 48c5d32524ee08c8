import { defineConfig } from '@playwright/test';

// One port per run, chosen here and kept in the environment so the workers (forked after the
// config is read) see the same one. Several engineers share the machine: no fixed port.
const pick = (base: number) => String(base + Math.floor(Math.random() * 10000));
process.env.MAIAM_BROWSER_PORT ??= pick(30000);
process.env.MAIAM_BROWSER_PG_PORT ??= pick(45000);
const baseURL = `http://localhost:${process.env.MAIAM_BROWSER_PORT}`;

/**
 * Browser tests: Debian's Chromium (apt-get install chromium; never `playwright install`) against
 * the real built service on a fresh embedded database. One file per role journey in e2e/;
 * screenshots land in e2e/artifacts/ (gitignored; CI keeps them as artefacts).
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/artifacts/results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    viewport: { width: 360, height: 740 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    // Mantine then skips its transitions (theme.respectReducedMotion): axe sees settled screens.
    contextOptions: { reducedMotion: 'reduce' },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'node e2e/support/start-service.mjs',
    url: `${baseURL}/health/ready`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
});
