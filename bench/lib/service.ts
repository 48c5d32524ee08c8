import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { freePort } from '../../test/support/test-server';
import { BENCH_PASSWORD } from './generate';
import { treeOf } from './cpu';
import { HttpClient } from './load';

/** `nest build`, as `npm start` does before it starts the service. */
export function buildService(): number {
  const t0 = Date.now();
  const r = spawnSync('npx', ['nest', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('nest build failed');
  return (Date.now() - t0) / 1000;
}

export async function waitReady(
  base: string,
  timeoutMs: number,
  proc?: ChildProcess,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (proc && proc.exitCode !== null) throw new Error(`the service exited (${proc.exitCode})`);
    try {
      const r = await fetch(`${base}/health/ready`);
      if (r.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${base}/health/ready did not answer 200 within ${timeoutMs} ms`);
}

/**
 * The built service (`node dist/src/main.js`) as its own process on the bench database, the way
 * it runs in production: JSON request logs on (to /dev/null), scheduled jobs off so that they do
 * not run during a measurement, the login rate limit raised for the bench's logins.
 */
export class Service {
  readonly http: HttpClient;
  private constructor(
    readonly base: string,
    readonly proc: ChildProcess,
    sockets: number,
    /** The tokens' secret, for the bare read ceiling (BareService). */
    readonly jwtSecret: string,
    readonly workers: number,
  ) {
    this.http = new HttpClient(new URL(base), sockets);
  }

  static async start(databaseUrl: string, sockets = 128): Promise<Service> {
    const port = await freePort();
    const jwtSecret = randomBytes(48).toString('base64url');
    // WORKERS as the service reads it: the bench's environment, else one per core.
    const workers = Number(process.env.WORKERS || availableParallelism());
    // BENCH_SERVICE_NODE_ARGS: options for the service's node, e.g. `--cpu-prof --cpu-prof-dir=prof`.
    const nodeArgs = (process.env.BENCH_SERVICE_NODE_ARGS ?? '').split(' ').filter(Boolean);
    // BENCH_SERVICE_MAIN: another build to measure (a checkout of an earlier commit, built there).
    const main = process.env.BENCH_SERVICE_MAIN ?? 'dist/src/main.js';
    const proc = spawn(process.execPath, [...nodeArgs, main], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        JWT_SECRET: jwtSecret,
        WORKERS: String(workers),
        PORT: String(port),
        SEED_DEMO: 'false',
        RUN_JOBS: 'false',
        LOGIN_RATE_LIMIT: '10000',
        API_RATE_LIMIT: '1000000',
        ACCESS_TOKEN_TTL_SECONDS: '3600',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const base = `http://127.0.0.1:${port}`;
    await waitReady(base, 60_000, proc);
    return new Service(base, proc, sockets, jwtSecret, workers);
  }

  async login(username: string): Promise<string> {
    const r = await this.http.send('POST', '/api/v1/auth/login', {
      body: { username, password: BENCH_PASSWORD },
    });
    if (r.status !== 200 && r.status !== 201) throw new Error(`login ${username}: ${r.status}`);
    return (JSON.parse(r.body) as { accessToken: string }).accessToken;
  }

  /** The service's processes: the primary and its workers. */
  private pids(): number[] {
    return this.proc.pid ? treeOf(this.proc.pid) : [];
  }

  /** Resets the kernel's peak-RSS mark of every service process (Linux `clear_refs` 5). */
  resetPeakRss(): boolean {
    try {
      for (const pid of this.pids()) writeFileSync(`/proc/${pid}/clear_refs`, '5');
      return true;
    } catch {
      return false;
    }
  }

  private statusField(field: 'VmHWM' | 'VmRSS'): number {
    let max = NaN;
    for (const pid of this.pids()) {
      const file = `/proc/${pid}/status`;
      if (!existsSync(file)) continue;
      const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(file, 'utf8'));
      if (m && !(Number(m[1]) / 1024 <= max)) max = Number(m[1]) / 1024;
    }
    return max;
  }

  /**
   * Peak resident set size (VmHWM) in MB since start or the last reset, of the largest service
   * process: a request is served by one worker, whose peak is the one that matters.
   */
  peakRssMb(): number {
    return this.statusField('VmHWM');
  }

  rssMb(): number {
    return this.statusField('VmRSS');
  }

  async stop(): Promise<void> {
    this.http.close();
    if (this.proc.exitCode !== null) return;
    const exited = new Promise<void>((r) => this.proc.once('exit', () => r()));
    this.proc.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    if (this.proc.exitCode === null) this.proc.kill('SIGKILL');
  }
}

/**
 * The read ceiling (bare-server.ts): node:http + pg, the same token and session, one statement per
 * page, on as many processes as the service.
 */
export class BareService {
  readonly http: HttpClient;
  private constructor(
    readonly proc: ChildProcess,
    base: string,
  ) {
    this.http = new HttpClient(new URL(base), 128);
  }

  static async start(databaseUrl: string, service: Service): Promise<BareService> {
    const port = await freePort();
    const proc = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'bench/lib/bare-server.ts'],
      {
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          JWT_SECRET: service.jwtSecret,
          PORT: String(port),
          WORKERS: String(service.workers),
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    const base = `http://127.0.0.1:${port}`;
    const until = Date.now() + 60_000;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`the bare service exited (${proc.exitCode})`);
      const answered = await fetch(`${base}/`).then(
        (r) => r.status === 401,
        () => false,
      );
      if (answered) break;
      if (Date.now() > until) throw new Error('the bare service did not start within 60 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    // every worker up: a moment for the others after the first answered
    await new Promise((r) => setTimeout(r, 1000));
    return new BareService(proc, base);
  }

  async stop(): Promise<void> {
    this.http.close();
    if (this.proc.exitCode !== null) return;
    const exited = new Promise<void>((r) => this.proc.once('exit', () => r()));
    this.proc.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (this.proc.exitCode === null) this.proc.kill('SIGKILL');
  }
}
