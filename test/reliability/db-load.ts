import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap';
import { DEMO_PASSWORD } from '../../src/auth/password';
import { seedDemoData } from '../../src/seed/demo-seed';
import { regularBody } from '../residents/resident-fixtures';
import { testConfig } from '../support/test-app';
import { Answer, call, OwnPostgres, sleep, startOwnPostgres } from './reliability-support';

/**
 * A light concurrent load of reads and writes for the database-fault tests, and the check that
 * none of its writes was stored in part.
 */

export interface Write {
  kind: 'patch' | 'admit';
  /** careInstructions (patch) or fullName (admit): what would be stored if it was accepted. */
  value: string;
  residentId?: string;
  answer: Answer;
}

export interface Load {
  token: string;
  /** The residents the patching clients edit, one each. */
  own: { id: string; version: number }[];
  writes: Write[];
  reads: Answer[];
  /** Every answer so far, writes and reads. */
  all(): Answer[];
  /** Stops the clients and waits for their last requests. */
  stop(): Promise<void>;
}

/** Logs in as the demo admin, admits `patchers` residents, and starts the clients. */
export async function startLoad(base: string, patchers = 3, readers = 2): Promise<Load> {
  const login = await call(base, 'POST', '/api/v1/auth/login', {
    body: { username: 'admin', password: DEMO_PASSWORD },
  });
  expect(login.status).toBe(200);
  const token = (login.body as { accessToken: string }).accessToken;

  // Each patching client edits its own resident, so a 412 could only come from a write
  // answered 5xx that was applied anyway.
  const own: { id: string; version: number }[] = [];
  for (let i = 0; i < patchers; i++) {
    const res = await call(base, 'POST', '/api/v1/residents', { token, body: regularBody() });
    expect(res.status).toBe(201);
    own.push(res.body as { id: string; version: number });
  }

  const writes: Write[] = [];
  const reads: Answer[] = [];
  let running = true;
  let seq = 0;

  const patcher = async (r: { id: string; version: number }, n: number) => {
    let version: number | undefined = r.version;
    while (running) {
      if (version === undefined) {
        const got = await call(base, 'GET', `/api/v1/residents/${r.id}`, { token });
        reads.push(got);
        if (got.status !== 200) {
          await sleep(50);
          continue;
        }
        version = (got.body as { version: number }).version;
      }
      const value = `Tải ${n}-${seq++}`;
      const answer = await call(base, 'PATCH', `/api/v1/residents/${r.id}`, {
        token,
        body: { careInstructions: value },
        headers: { 'If-Match': `"${version}"` },
      });
      writes.push({ kind: 'patch', value, residentId: r.id, answer });
      version = answer.status === 200 ? (answer.body as { version: number }).version : undefined;
      if (answer.status !== 200) await sleep(50);
    }
  };
  const admitter = async () => {
    while (running) {
      const body = regularBody();
      const answer = await call(base, 'POST', '/api/v1/residents', { token, body });
      writes.push({ kind: 'admit', value: body.fullName as string, answer });
      if (answer.status !== 201) await sleep(50);
    }
  };
  const reader = async () => {
    while (running) {
      const answer = await call(base, 'GET', '/api/v1/residents?limit=20', { token });
      reads.push(answer);
      if (answer.status !== 200) await sleep(50);
    }
  };
  const clients = Promise.all([
    ...own.map((r, i) => patcher(r, i)),
    admitter(),
    ...Array.from({ length: readers }, () => reader()),
  ]);
  return {
    token,
    own,
    writes,
    reads,
    all: () => [...writes.map((w) => w.answer), ...reads],
    async stop() {
      running = false;
      await clients;
    },
  };
}

/** How many answers of each status: `{"200": 812, "503": 40}`. */
export function countStatuses(answers: Answer[]): Record<number, number> {
  return answers.reduce<Record<number, number>>((acc, a) => {
    acc[a.status] = (acc[a.status] ?? 0) + 1;
    return acc;
  }, {});
}

/**
 * No partial write: every accepted write is stored with its audit entry; every refused one left
 * nothing. `unknown` picks the refused writes whose outcome the service could not know (the
 * database stopped answering after it was sent COMMIT): for those, stored-with-audit and
 * nothing-at-all are both right, a write without its audit entry still is not. Answers how many
 * of those were stored.
 */
export async function expectNoPartialWrite(
  ds: DataSource,
  load: Load,
  unknown: (a: Answer) => boolean = () => false,
): Promise<{ unknown: number; stored: number }> {
  const audited: { entity_id: string; after: string | null }[] = await ds.query(
    `SELECT entity_id, changes->'careInstructions'->>'after' AS after
       FROM audit_log WHERE action = 'update' AND entity = 'resident' AND entity_id = ANY($1)`,
    [load.own.map((r) => r.id)],
  );
  const auditedValues = new Set(audited.map((a) => a.after));
  const stored: { care_instructions: string | null }[] = await ds.query(
    'SELECT care_instructions FROM resident WHERE id = ANY($1)',
    [load.own.map((r) => r.id)],
  );
  const patches = load.writes.filter((w) => w.kind === 'patch');
  for (const w of patches) {
    if (w.answer.status !== 200 && unknown(w.answer)) continue;
    expect({ value: w.value, audited: auditedValues.has(w.value) }).toEqual({
      value: w.value,
      audited: w.answer.status === 200,
    });
  }
  // Each resident's current text is the last value that was audited for it.
  for (const s of stored) {
    if (s.care_instructions?.startsWith('Tải ')) {
      expect(auditedValues.has(s.care_instructions)).toBe(true);
    }
  }
  const accepted = patches.filter((w) => w.answer.status === 200).length;
  const maybe = patches.filter((w) => w.answer.status !== 200 && unknown(w.answer)).length;
  expect(audited.length).toBeGreaterThanOrEqual(accepted);
  expect(audited.length).toBeLessThanOrEqual(accepted + maybe);

  const admissions = load.writes.filter((w) => w.kind === 'admit');
  const rows: { id: string; full_name: string; audits: string }[] = await ds.query(
    `SELECT r.id, r.full_name,
            (SELECT count(*) FROM audit_log a
              WHERE a.action = 'create' AND a.entity = 'resident' AND a.entity_id = r.id::text) AS audits
       FROM resident r WHERE r.full_name = ANY($1)`,
    [admissions.map((w) => w.value)],
  );
  const byName = new Map(rows.map((s) => [s.full_name, s]));
  let unknownStored = 0;
  for (const w of patches) {
    if (w.answer.status !== 200 && unknown(w.answer) && auditedValues.has(w.value)) unknownStored++;
  }
  for (const w of admissions) {
    const row = byName.get(w.value);
    if (w.answer.status === 201) {
      expect(row?.id).toBe((w.answer.body as { id: string }).id);
      expect(Number(row?.audits)).toBe(1);
    } else if (unknown(w.answer)) {
      if (row) {
        expect(Number(row.audits)).toBe(1);
        unknownStored++;
      }
    } else {
      expect({ name: w.value, stored: row !== undefined }).toEqual({
        name: w.value,
        stored: false,
      });
    }
  }
  return {
    unknown: load.writes.filter((w) => w.answer.status >= 300 && unknown(w.answer)).length,
    stored: unknownStored,
  };
}

/** The service under test on a PostgreSQL of its own, with the demo data, listening. */
export interface FaultApp {
  pg: OwnPostgres;
  app: NestExpressApplication;
  ds: DataSource;
  base: string;
}

/** Starts a PostgreSQL named `name` and the service on it with these (small) database limits. */
export async function startFaultApp(
  name: string,
  limits: { connectMs: number; statementMs: number },
): Promise<FaultApp> {
  const pg = await startOwnPostgres(name);
  const config = testConfig({
    DATABASE_CONNECT_TIMEOUT_MS: String(limits.connectMs),
    DATABASE_STATEMENT_TIMEOUT_MS: String(limits.statementMs),
    DATABASE_POOL_SIZE: '6',
  });
  const { app } = await createApp(config, pg.url, { logger: false });
  const ds = app.get(DataSource);
  await seedDemoData(ds);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  return { pg, app, ds, base };
}
