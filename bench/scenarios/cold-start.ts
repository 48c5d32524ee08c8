import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../test/support/test-server';
import { Results } from '../lib/results';
import { waitReady } from '../lib/service';

/**
 * `npm start` in demo mode (no DATABASE_URL) on an empty data directory (build, initdb, migrations,
 * demo seed) until /health/ready answers 200; stopped with SIGINT; then again on the existing
 * directory. The same with the built service alone (`node dist/src/main.js`), without the build,
 * whose time varies most on a busy machine. The service runs in its own process group, which is
 * signalled as a whole.
 */
async function startOnce(dataDir: string, withBuild: boolean): Promise<number> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    EMBEDDED_PG_DATA_DIR: join(dataDir, 'postgres'),
    EMBEDDED_PG_PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.JWT_SECRET;
  const t0 = Date.now();
  const [cmd, args] = withBuild ? ['npm', ['start']] : [process.execPath, ['dist/src/main.js']];
  const proc = spawn(cmd, args, { env, stdio: 'ignore', detached: true });
  try {
    await waitReady(`http://127.0.0.1:${port}`, 180_000, proc);
    return (Date.now() - t0) / 1000;
  } finally {
    const exited = new Promise<void>((r) => proc.once('exit', () => r()));
    if (proc.pid && proc.exitCode === null) process.kill(-proc.pid, 'SIGINT');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
    // let the embedded PostgreSQL finish its shutdown before the next start
    await new Promise((r) => setTimeout(r, 1500));
  }
}

export async function coldStartScenario(results: Results): Promise<void> {
  for (const withBuild of [true, false]) {
    const dataDir = mkdtempSync(join(tmpdir(), 'maiam-bench-cold-'));
    chmodSync(dataDir, 0o755); // as root, initdb runs as the postgres user
    try {
      const empty = await startOnce(dataDir, withBuild);
      const existing = await startOnce(dataDir, withBuild);
      const how = withBuild ? 'npm start (nest build included)' : 'node dist/src/main.js (built)';
      results.add({
        scenario: `Cold start, ${how}, empty data directory`,
        figure: `${empty.toFixed(1)} s to /health/ready (initdb, migrations, demo seed)`,
        target: '—',
        met: null,
      });
      results.add({
        scenario: `Cold start, ${how}, existing data directory`,
        figure: `${existing.toFixed(1)} s to /health/ready`,
        target: '—',
        met: null,
      });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}
