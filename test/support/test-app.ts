import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap';
import { Role } from '../../src/identity/role';
import type { AppConfig } from '../../src/config/app-config';
import { loadConfig } from '../../src/config/load-config';
import { Facility } from '../../src/facilities/facility.entity';
import { DEMO_PASSWORD } from '../../src/auth/password';
import { DEMO_FACILITY, DEMO_OTHER_FACILITY } from '../../src/seed/demo-data';
import { seedDemoData } from '../../src/seed/demo-seed';
import { checkedAgent, settleOpenApiCheck } from './openapi-check';
import { databaseUrl, ENV_SERVER_URL, ENV_TEMPLATE, withClient } from './test-server';

export const PASSWORD = DEMO_PASSWORD;
/** Demo usernames: facility A has one of each role; facility B has `admin2`. */
export type DemoUser = 'admin' | 'social' | 'nurse' | 'carer' | 'officer' | 'admin2';
/** Facility A's demo user of each role (the officer: the demo province's). */
export const DEMO_USER_OF_ROLE: Record<Role, DemoUser> = {
  [Role.Admin]: 'admin',
  [Role.SocialWorker]: 'social',
  [Role.Nurse]: 'nurse',
  [Role.Caretaker]: 'carer',
  [Role.Officer]: 'officer',
};

export interface TestApp {
  app: NestExpressApplication;
  http: () => TestAgent;
  dataSource: DataSource;
  /** The test file's own database. */
  dbUrl: string;
  config: AppConfig;
  facilityA: Facility;
  facilityB: Facility;
  login(
    username: string,
    password?: string,
  ): Promise<{ accessToken: string; refreshToken: string }>;
  token(username: DemoUser): Promise<string>;
  close(): Promise<void>;
}

/** A fresh database cloned from the migrated template: the test file owns it. */
export async function createTestDatabase(): Promise<string> {
  const serverUrl = process.env[ENV_SERVER_URL];
  const template = process.env[ENV_TEMPLATE];
  if (!serverUrl || !template) throw new Error('global-setup did not run');
  const name = `maiam_t_${process.env.MAIAM_TEST_RUN}_${randomBytes(5).toString('hex')}`;
  await withClient(serverUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return databaseUrl(serverUrl, name);
}

export async function dropTestDatabase(url: string): Promise<void> {
  const serverUrl = process.env[ENV_SERVER_URL];
  const name = new URL(url).pathname.slice(1);
  if (serverUrl)
    await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    DATABASE_URL: 'postgres://unused@127.0.0.1/unused',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    LOG_LEVEL: 'silent',
    RUN_JOBS: 'false',
    SEED_DEMO: 'false',
    LOGIN_RATE_LIMIT: '1000',
    API_RATE_LIMIT: '1000000',
    ...env,
  });
}

/**
 * The whole application on the file's own database, with the demo facilities and accounts,
 * wired exactly as main.ts wires it (same filter, pipes, body limits, prefix). Every answer
 * `http()` gets is checked against the OpenAPI document the app serves (openapi-check.ts);
 * `close()` fails the file if one disagrees.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dbUrl = await createTestDatabase();
  const config = testConfig(env);
  const { app } = await createApp(config, dbUrl, { logger: false });
  await app.init();
  const dataSource = app.get(DataSource);
  await seedDemoData(dataSource);
  const facilityA = await dataSource
    .getRepository(Facility)
    .findOneByOrFail({ code: DEMO_FACILITY.code });
  const facilityB = await dataSource
    .getRepository(Facility)
    .findOneByOrFail({ code: DEMO_OTHER_FACILITY.code });
  const server = app.getHttpServer();
  const { http, log } = await checkedAgent(server, expect.getState().testPath ?? 'unknown');
  const tokens = new Map<string, string>();
  const t: TestApp = {
    app,
    http,
    dataSource,
    dbUrl,
    config,
    facilityA,
    facilityB,
    async login(username, password = PASSWORD) {
      const res = await http().post('/api/v1/auth/login').send({ username, password });
      if (res.status !== 200)
        throw new Error(`login ${username} answered ${res.status}: ${res.text}`);
      return res.body as { accessToken: string; refreshToken: string };
    },
    async token(username) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const { accessToken } = await t.login(username);
      tokens.set(username, accessToken);
      return accessToken;
    },
    async close() {
      await app.close();
      await dropTestDatabase(dbUrl);
      settleOpenApiCheck(log);
    },
  };
  return t;
}

/** Row count of a table: "nothing changed" is checked by counting before and after. */
export async function count(ds: DataSource, table: string): Promise<number> {
  const rows: { n: string }[] = await ds.query(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0]?.n ?? 0);
}

/** Asserts the RFC 9457 shape every error must have. */
export function expectProblem(res: request.Response, status: number): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toEqual(
    expect.objectContaining({
      type: expect.stringMatching(/^urn:mai-am:problem:/),
      title: expect.any(String),
      status,
      requestId: expect.any(String),
    }),
  );
  expect(res.body.requestId).toBe(res.headers['x-request-id']);
  expect(JSON.stringify(res.body)).not.toMatch(
    /at .+\.(ts|js):\d+|SELECT |INSERT |QueryFailedError/,
  );
}
