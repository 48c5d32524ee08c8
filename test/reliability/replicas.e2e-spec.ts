import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { todayIn } from '../../src/calendar/dates';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { OverdueJob } from '../../src/health/overdue.job';
import { CRON_ZONE, JobRunner } from '../../src/jobs/job-runner';
import { MonthlyDraftJob } from '../../src/reports/monthly-draft.job';
import { EmergencyDeadlinesJob } from '../../src/residents/admission/emergency-deadlines.job';
import { ReportsService } from '../../src/reports/reports.service';
import { DEMO_PASSWORD } from '../../src/auth/password';
import { addDays } from '../../src/calendar/dates';
import { alertsOf, elderlyBody, healthApi, setDue } from '../health/health-fixtures';
import { emergencyBody, regularBody, residentsApi } from '../residents/resident-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { freePort } from '../support/test-server';
import { Answer, call, sleep, waitFor, within } from './reliability-support';

const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'src', 'main.js');

/** Newest modification time of the files under `dir` that end in `ext`. */
function newest(dir: string, ext: string): number {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) max = Math.max(max, newest(path, ext));
    else if (entry.name.endsWith(ext)) max = Math.max(max, statSync(path).mtimeMs);
  }
  return max;
}

/** CI builds before testing; a developer's stale or missing dist/ is rebuilt here. */
function ensureBuilt(): void {
  const sources = Math.max(
    newest(join(ROOT, 'src'), '.ts'),
    newest(join(ROOT, 'migrations'), '.ts'),
  );
  if (existsSync(MAIN) && statSync(MAIN).mtimeMs >= sources) return;
  process.stdout.write('replicas: dist/ is missing or older than src/: running nest build\n');
  execFileSync('npx', ['nest', 'build'], { cwd: ROOT, stdio: 'ignore', timeout: 240000 });
}

interface Replica {
  base: string;
  proc: ChildProcess;
  exited: Promise<number | null>;
}

/**
 * Several replicas (issue 10, item 5). The replicas are separate processes running the built
 * service (dist/src/main.js) against the test file's database, as in production; the job test
 * uses several JobRunners with their own connection pools in this process, since a cron tick
 * cannot be made to fire on demand in a child process.
 */
describe('several replicas on one database', () => {
  let t: TestApp;
  let workDir: string;
  const replicas: Replica[] = [];

  beforeAll(async () => {
    ensureBuilt();
    t = await startTestApp();
    // No .env of the developer's: the children start in an empty directory.
    workDir = mkdtempSync(join(tmpdir(), 'maiam-replicas-'));
  }, 300000);

  afterAll(async () => {
    for (const r of replicas) if (r.proc.exitCode === null) r.proc.kill('SIGKILL');
    await Promise.all(replicas.map((r) => r.exited));
    rmSync(workDir, { recursive: true, force: true });
    await t?.close();
  }, 60000);

  async function startReplica(): Promise<Replica> {
    const port = await freePort();
    const proc = spawn(process.execPath, [MAIN], {
      cwd: workDir,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: t.dbUrl,
        JWT_SECRET: t.config.jwtSecret,
        PORT: String(port),
        SEED_DEMO: 'false',
        RUN_JOBS: 'true',
        LOG_LEVEL: 'warn',
        LOGIN_RATE_LIMIT: '1000',
        API_RATE_LIMIT: '1000000',
        DATABASE_POOL_SIZE: '4',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    proc.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
    const exited = new Promise<number | null>((resolve) =>
      proc.once('exit', (code) => resolve(code)),
    );
    const replica = { base: `http://127.0.0.1:${port}`, proc, exited };
    replicas.push(replica);
    await waitFor(
      async () => {
        if (proc.exitCode !== null) throw new Error(`replica exited: ${stderr}`);
        return (await call(replica.base, 'GET', '/health/ready', { limitMs: 2000 })).status === 200;
      },
      90000,
      200,
    );
    return replica;
  }

  describe('scheduled jobs', () => {
    let pools: DataSource[] = [];
    let runners: JobRunner[] = [];

    beforeAll(async () => {
      pools = await Promise.all(
        [0, 1, 2].map(async () => new DataSource(dataSourceOptions(t.dbUrl, 2)).initialize()),
      );
      runners = pools.map((ds) => new JobRunner(ds, { ...t.config, runJobs: true }));
    });
    afterAll(async () => {
      await Promise.all(pools.map((ds) => ds.destroy()));
    });

    const runsOf = (job: string) =>
      t.dataSource.query<{ period: string | null; runner: string }[]>(
        `SELECT period, runner FROM job_run WHERE job = $1 AND ok ORDER BY id`,
        [job],
      );

    it('the overdue check runs once per day, whether the replicas fire together or a little apart', async () => {
      const api = healthApi(t);
      const admin = await t.token('admin');
      const r = await api.admitted(admin, elderlyBody());
      const s = await api.scheduleOf(r.id, admin, 'periodic_exam');
      await setDue(t, s.id, addDays(todayIn(CRON_ZONE), -10));

      // Together: the advisory lock lets one through.
      const together = await Promise.all(runners.map((runner) => new OverdueJob(runner).run()));
      // A little apart (clocks of the replicas differ): the lock is free again by then.
      const apart = [];
      for (const runner of runners) apart.push(await new OverdueJob(runner).run());

      expect([...together, ...apart].filter((o) => o !== null)).toHaveLength(1);
      expect(await runsOf('health-overdue')).toEqual([
        expect.objectContaining({ period: todayIn(CRON_ZONE) }),
      ]);
      expect(await alertsOf(t, s.id)).toHaveLength(1);
      // The next day's tick runs again.
      const tomorrow = addDays(todayIn(CRON_ZONE), 1);
      const next = await runners[1]?.runExclusive(
        'health-overdue',
        () => Promise.resolve({ raised: 0, closed: 0 }),
        {
          period: tomorrow,
        },
      );
      expect(next).toEqual({ raised: 0, closed: 0 });
      expect((await runsOf('health-overdue')).map((x) => x.period)).toEqual([
        todayIn(CRON_ZONE),
        tomorrow,
      ]);
    });

    it('the emergency deadlines escalate once per day: one change of severity, one version bump', async () => {
      const admin = await t.token('admin');
      const r = await residentsApi(t).admitted(admin, emergencyBody());
      const alertOf = () =>
        t.dataSource.query<{ severity: string; version: number }[]>(
          `SELECT severity, version FROM alert WHERE resident_id = $1 AND kind = 'emergency_dossier_due'`,
          [r.id],
        );
      expect(await alertOf()).toEqual([{ severity: 'info', version: 1 }]);
      const jobs = runners.map((runner) => new EmergencyDeadlinesJob(runner));
      const together = await Promise.all(jobs.map((j) => j.run()));
      const apart = [];
      for (const j of jobs) apart.push(await j.run());
      expect(await runsOf('emergency-deadlines')).toEqual([
        expect.objectContaining({ period: todayIn(CRON_ZONE) }),
      ]);
      expect([...together, ...apart].filter((o) => o !== null)).toHaveLength(1);
      expect(await alertOf()).toEqual([{ severity: 'critical', version: 2 }]);
    });

    it('the monthly drafts are made once per month: one draft per facility', async () => {
      const reports = t.app.get(ReportsService);
      const jobs = runners.map((runner) => new MonthlyDraftJob(runner, reports));
      const together = await Promise.all(jobs.map((j) => j.run()));
      const apart = [];
      for (const j of jobs) apart.push(await j.run());
      expect([...together, ...apart].filter((o) => o !== null)).toHaveLength(1);
      expect(await runsOf('monthly-report-draft')).toEqual([
        expect.objectContaining({ period: todayIn(CRON_ZONE).slice(0, 7) }),
      ]);
      const drafts: { facility_id: string; n: string }[] = await t.dataSource.query(
        `SELECT facility_id, count(*) AS n FROM report WHERE kind = 'monthly' GROUP BY facility_id`,
      );
      const facilities: { n: string }[] = await t.dataSource.query(
        `SELECT count(*) AS n FROM facility`,
      );
      expect(drafts).toHaveLength(Number(facilities[0]?.n));
      for (const d of drafts) expect(Number(d.n)).toBe(1);
    }, 60000);
  });

  describe('service instances', () => {
    let a: Replica;
    let b: Replica;
    let c: Replica;

    beforeAll(async () => {
      // Started together: migrations (nothing to do) and start-up jobs under their locks.
      [a, b, c] = await Promise.all([startReplica(), startReplica(), startReplica()]);
    }, 180000);

    it('a token issued by one replica works on the others; a refresh on another; reuse is caught on a third', async () => {
      const login = await call(a.base, 'POST', '/api/v1/auth/login', {
        body: { username: 'nurse', password: DEMO_PASSWORD },
      });
      expect(login.status).toBe(200);
      const { accessToken, refreshToken } = login.body as {
        accessToken: string;
        refreshToken: string;
      };
      for (const r of [b, c]) {
        const me = await call(r.base, 'GET', '/api/v1/auth/me', { token: accessToken });
        expect(me.status).toBe(200);
        expect(me.body).toMatchObject({ username: 'nurse' });
      }
      const refreshed = await call(b.base, 'POST', '/api/v1/auth/refresh', {
        body: { refreshToken },
      });
      expect(refreshed.status).toBe(200);
      const fresh = refreshed.body as { accessToken: string };
      expect(
        (await call(c.base, 'GET', '/api/v1/auth/me', { token: fresh.accessToken })).status,
      ).toBe(200);
      // The old refresh token, replayed on a third replica, is refused.
      const reuse = await call(c.base, 'POST', '/api/v1/auth/refresh', { body: { refreshToken } });
      expect(reuse.status).toBe(401);
    });

    it('SIGTERM to one replica under load: every request it accepted is answered and stored; the others go on', async () => {
      const login = await call(b.base, 'POST', '/api/v1/auth/login', {
        body: { username: 'admin', password: DEMO_PASSWORD },
      });
      const token = (login.body as { accessToken: string }).accessToken;
      const sent: { name: string; answer: Promise<Answer> }[] = [];
      const send = () => {
        const body = regularBody();
        sent.push({
          name: body.fullName as string,
          answer: call(a.base, 'POST', '/api/v1/residents', { token, body, limitMs: 30000 }),
        });
      };
      // A steady stream of admissions to replica A; SIGTERM lands while some are in flight.
      for (let i = 0; i < 8; i++) send();
      await sleep(30);
      a.proc.kill('SIGTERM');
      const signalledAt = Date.now();
      const until = Date.now() + 1500;
      while (Date.now() < until && a.proc.exitCode === null) {
        send();
        await sleep(25);
      }
      const answers = await Promise.all(sent.map((s) => s.answer));
      const code = await within(a.exited, 30000, 'still running');

      const answeredAfterSignal = answers.filter(
        (x) => x.status === 201 && x.at !== undefined && x.at > signalledAt,
      ).length;
      const failures = [...new Set(answers.filter((x) => x.failure).map((x) => x.failure))];
      process.stdout.write(
        `replicas: SIGTERM during load: ${sent.length} admissions sent to the replica, ` +
          `${answers.filter((x) => x.status === 201).length} answered 201 ` +
          `(${answeredAfterSignal} of them after the signal), ` +
          `${answers.filter((x) => x.status === 0).length} refused at the door ${JSON.stringify(failures)}; ` +
          `exit code ${String(code)}\n`,
      );
      // Accepted requests are answered in full, never failed with an error: 201, or no answer
      // at all (refused at the door: connection refused, or reset before the request was read).
      expect(answers.filter((x) => x.status !== 201 && x.status !== 0)).toEqual([]);
      expect(answers.filter((x) => x.status === 201).length).toBeGreaterThan(0);
      const names = sent.map((s) => s.name);
      const stored: { full_name: string; id: string }[] = await t.dataSource.query(
        `SELECT full_name, id FROM resident WHERE full_name = ANY($1)`,
        [names],
      );
      const storedByName = new Map(stored.map((s) => [s.full_name, s.id]));
      answers.forEach((x, i) => {
        const name = sent[i]?.name ?? '';
        if (x.status === 201) expect(storedByName.get(name)).toBe((x.body as { id: string }).id);
        // Not answered: not stored either (it was never accepted), so the client's retry (to
        // another replica) is safe. A request processed but cut off would show up here.
        else expect({ name, stored: storedByName.has(name) }).toEqual({ name, stored: false });
      });
      expect(code).toBe(0);
      // The other replicas carry on.
      const other = await call(c.base, 'GET', '/api/v1/residents?limit=1', { token });
      expect(other.status).toBe(200);
    }, 90000);
  });
});
