// Starts the built service for the browser tests as a newcomer gets it: `node dist/src/main.js`
// with no DATABASE_URL, so it starts its embedded PostgreSQL on a fresh, empty data directory,
// migrates and seeds the demo facility and accounts. Stops it (and PostgreSQL) on SIGTERM/SIGINT
// and removes the data. Playwright's webServer runs this (playwright.config.ts).
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const main = join(root, 'dist', 'src', 'main.js');
for (const file of [main, join(root, 'web', 'dist', 'index.html')]) {
  if (!existsSync(file)) {
    console.error(`Missing ${file}: run \`npm run build && npm run build -w web\` first.`);
    process.exit(1);
  }
}
const data = mkdtempSync(join(tmpdir(), 'maiam-browser-'));
chmodSync(data, 0o755); // the embedded server runs as the postgres user when we are root
const env = { ...process.env };
delete env.DATABASE_URL;
const child = spawn(process.execPath, [main], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...env,
    PORT: process.env.MAIAM_BROWSER_PORT ?? '3917',
    EMBEDDED_PG_DATA_DIR: join(data, 'postgres'),
    EMBEDDED_PG_PORT: process.env.MAIAM_BROWSER_PG_PORT ?? '54917',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // Every journey signs in several times from one address.
    LOGIN_RATE_LIMIT: '1000',
    API_RATE_LIMIT: '100000',
  },
});
const cleanUp = () => rmSync(data, { recursive: true, force: true });
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 1 : 0));
});
