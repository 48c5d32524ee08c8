import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { freePort } from '../../test/support/test-server';
import { BENCH_PASSWORD } from './generate';
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
  ) {
    this.http = new HttpClient(new URL(base), sockets);
  }

  static async start(databaseUrl: string, sockets = 128): Promise<Service> {
    const port = await freePort();
    // BENCH_SERVICE_NODE_ARGS: options for the service's node, e.g. `--cpu-prof --cpu-prof-dir=prof`.
    const nodeArgs = (process.env.BENCH_SERVICE_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const proc = spawn(process.execPath, [...nodeArgs, 'dist/src/main.js'], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        JWT_SECRET: randomBytes(48).toString('base64url'),
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
    return new Service(base, proc, sockets);
  }

  async login(username: string): Promise<string> {
    const r = await this.http.send('POST', '/api/v1/auth/login', {
      body: { username, password: BENCH_PASSWORD },
    });
    if (r.status !== 200 && r.status !== 201) throw new Error(`login ${username}: ${r.status}`);
    return (JSON.parse(r.body) as { accessToken: string }).accessToken;
  }

  /** Resets the kernel's peak-RSS mark of the service process (Linux `clear_refs` 5). */
  resetPeakRss(): boolean {
    const file = `/proc/${this.proc.pid}/clear_refs`;
    try {
      writeFileSync(file, '5');
      return true;
    } catch {
      return false;
    }
  }

  /** Peak resident set size (VmHWM) of the service process in MB, since start or the last reset. */
  peakRssMb(): number {
    const file = `/proc/${this.proc.pid}/status`;
    if (!existsSync(file)) return NaN;
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(file, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  }

  rssMb(): number {
    const file = `/proc/${this.proc.pid}/status`;
    if (!existsSync(file)) return NaN;
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(file, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
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
