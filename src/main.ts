import 'reflect-metadata';
import { existsSync } from 'node:fs';
import type { Server, ServerResponse } from 'node:http';
import { createApp, stopJobs } from './bootstrap';
import { ConfigError, loadConfig } from './config/load-config';
import {
  EmbeddedPostgresError,
  EmbeddedServer,
  startEmbeddedPostgres,
} from './database/embedded-postgres';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-data';

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

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig(process.env);
  process.env.TZ = config.timezone;

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
  const shutdown = (signal: NodeJS.Signals): void => {
    say(`${signal}: finishing open requests, stopping jobs, closing the database…`);
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
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  await app.listen(config.port);
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
  if (err instanceof ConfigError || err instanceof EmbeddedPostgresError) say(err.message);
  else say(`Start-up failed: ${err instanceof Error ? err.message : String(err)}`);
  await embedded?.stop().catch(() => undefined);
  process.exit(1);
});
