import 'reflect-metadata';
import cluster, { type Worker } from 'node:cluster';
import { existsSync } from 'node:fs';
import type { Server, ServerResponse } from 'node:http';
import { availableParallelism } from 'node:os';
import { createApp, stopJobs } from './bootstrap';
import { ConfigError, loadConfig } from './config/load-config';
import {
  EmbeddedPostgresError,
  EmbeddedServer,
  startEmbeddedPostgres,
} from './database/embedded-postgres';
import { DEMO_PASSWORD } from './auth/password';
import { DEMO_ACCOUNTS } from './seed/demo-data';

/** Start-up messages before (and besides) the JSON logger: one line each, on stderr. */
function say(message: string): void {
  process.stderr.write(`${message}\n`);
}

let embedded: EmbeddedServer | undefined;

/** Longest wait for the requests in flight at shutdown (docker compose allows 30 s in all). */
const DRAIN_LIMIT_MS = 20000;

/**
 * Stops accepting connections and waits until every request in flight has been answered. Idle
 * keep-alive connections are closed at once, busy ones right after their answer; whatever is
 * still open after `limitMs` is cut.
 */
function drainHttp(server: Server, limitMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), limitMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    // A connection that becomes idle after its answer is closed too (keep-alive clients).
    server.on('request', (_req, res: ServerResponse) => {
      res.setHeader('Connection', 'close');
    });
    server.closeIdleConnections();
  });
}

/**
 * `WORKERS`: how many service processes share the port (node:cluster), default the number of
 * cores; 1 runs the service in this process alone.
 */
function workerCount(env: NodeJS.ProcessEnv): number {
  const raw = env.WORKERS;
  if (raw === undefined || raw === '') return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new ConfigError(
      `Invalid configuration: WORKERS must be a whole number from 1 to 64 (got ${raw})`,
    );
  }
  return n;
}

/**
 * The primary of several workers: it starts the embedded PostgreSQL if there is no
 * DATABASE_URL, then the first worker (which migrates and seeds) and, once it listens, the
 * others. A worker that dies is replaced. On SIGTERM or SIGINT every worker drains its requests
 * and stops (main's shutdown), then the primary stops the embedded server and exits.
 */
async function primary(count: number): Promise<void> {
  const config = loadConfig(process.env);
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    say(
      `No DATABASE_URL: starting the embedded PostgreSQL (data in ${config.embeddedDataDir}, port ${config.embeddedPort})…`,
    );
    embedded = await startEmbeddedPostgres({
      dataDir: config.embeddedDataDir,
      port: config.embeddedPort,
    });
    databaseUrl = embedded.url;
  }
  // What the workers would otherwise derive from the absence of DATABASE_URL.
  const env = {
    DATABASE_URL: databaseUrl,
    SEED_DEMO: String(config.seedDemo),
    JWT_SECRET: config.jwtSecret,
  };
  let stopping = false;
  const fork = (n: number): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const worker = cluster.fork({ ...env, MAIAM_WORKER: String(n) });
      let listening = false;
      worker.once('listening', () => {
        listening = true;
        resolve(worker);
      });
      worker.once('exit', (code) => {
        if (stopping) return;
        if (!listening) {
          reject(new Error(`worker ${n} exited (${code}) before it listened`));
          return;
        }
        // A worker that dies after it started is replaced.
        say(`Worker ${n} exited (${code}); starting another`);
        fork(n).catch((err: unknown) => say(err instanceof Error ? err.message : String(err)));
      });
    });
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping ${Object.keys(cluster.workers ?? {}).length} workers…`);
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  cluster.on('exit', () => {
    if (!stopping || Object.keys(cluster.workers ?? {}).length > 0) return;
    void (embedded?.stop() ?? Promise.resolve()).then(() => process.exit(process.exitCode ?? 0));
  });
  try {
    await fork(1);
    await Promise.all(Array.from({ length: count - 1 }, (_, i) => fork(i + 2)));
  } catch (err) {
    stopping = true;
    process.exitCode = 1;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    throw err;
  }
  say(`${count} workers are listening on port ${config.port}`);
}

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const count = workerCount(process.env);
  if (count > 1 && cluster.isPrimary) return primary(count);
  const config = loadConfig(process.env);
  process.env.TZ = config.timezone;
  // Only the first worker (or a lone process) tells how to log in.
  const talkative = (process.env.MAIAM_WORKER ?? '1') === '1';

  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    say(
      `No DATABASE_URL: starting the embedded PostgreSQL (data in ${config.embeddedDataDir}, port ${config.embeddedPort})…`,
    );
    embedded = await startEmbeddedPostgres({
      dataDir: config.embeddedDataDir,
      port: config.embeddedPort,
    });
    databaseUrl = embedded.url;
  }

  const { app, seeded } = await createApp(config, databaseUrl);
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    if (talkative) say(`${signal}: finishing open requests, stopping jobs, closing the database…`);
    stopJobs(app);
    // The HTTP server first: Nest's app.close() would close the database pool before the
    // server, failing the requests still in flight.
    drainHttp(app.getHttpServer(), DRAIN_LIMIT_MS)
      .then(() => app.close())
      .then(() => embedded?.stop())
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        say(`Shutdown failed: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(1);
      });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  // A worker whose primary is gone stops too.
  if (cluster.isWorker) process.once('disconnect', () => shutdown('SIGTERM'));

  await app.listen(config.port);
  if (!talkative) return;
  const base = `http://localhost:${config.port}`;
  say(
    `Mái Ấm is listening on ${base} — Swagger UI: ${base}/docs — readiness: ${base}/health/ready`,
  );
  if (config.seedDemo) {
    say(
      `Demo accounts${seeded ? ' (created now)' : ''}, password "${DEMO_PASSWORD}": ` +
        DEMO_ACCOUNTS.map((a) => `${a.username} (${a.role})`).join(', '),
    );
  }
}

main().catch(async (err: unknown) => {
  if (cluster.isWorker) process.exitCode = 1;
  if (err instanceof ConfigError || err instanceof EmbeddedPostgresError) say(err.message);
  else say(`Start-up failed: ${err instanceof Error ? err.message : String(err)}`);
  await embedded?.stop().catch(() => undefined);
  process.exit(1);
});
