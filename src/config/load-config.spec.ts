import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from './load-config';

const SECRET = 'a-secret-of-at-least-32-characters-0123';
const URL = 'postgres://maiam:pw@db.example:5432/maiam';
/** The least a production configuration needs. */
const BASE = { DATABASE_URL: URL, JWT_SECRET: SECRET };

/** The ConfigError loadConfig throws for this environment (fails the test if it does not throw). */
function configErrorFor(env: NodeJS.ProcessEnv, cwd = '/srv/maiam'): ConfigError {
  let thrown: unknown;
  try {
    loadConfig(env, cwd);
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(ConfigError);
  return thrown as ConfigError;
}

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig(BASE, '/srv/maiam');
    expect(config).toEqual({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: URL,
      databasePoolSize: 10,
      databaseTimeouts: { connectMs: 5000, statementMs: 30000 },
      embeddedDataDir: resolve('/srv/maiam', '.data/postgres'),
      embeddedPort: 54329,
      seedDemo: false,
      jwtSecret: SECRET,
      accessTokenTtlSeconds: 900,
      refreshTokenTtlSeconds: 14 * 24 * 3600,
      timezone: 'Asia/Ho_Chi_Minh',
      logLevel: 'info',
      corsOrigins: [],
      bodyLimit: '1mb',
      trustProxy: false,
      loginRateLimit: { limit: 10, ttlSeconds: 60 },
      refreshRateLimit: { limit: 300, ttlSeconds: 60 },
      apiRateLimit: { limit: 600, ttlSeconds: 60 },
      loginThrottle: {
        freeFailures: 5,
        baseDelaySeconds: 60,
        maxDelaySeconds: 900,
        forgetAfterHours: 24,
        alertFailures: 10,
      },
      runJobs: true,
      jobStatementTimeoutMs: 600000,
      medicationGraceMinutes: 60,
      emergencyDossierWarningWorkingDays: 3,
      webDistDir: resolve('/srv/maiam', 'web/dist'),
    });
  });

  it('reads every variable it is given', () => {
    const config = loadConfig(
      {
        ...BASE,
        NODE_ENV: 'production',
        PORT: ' 8080 ',
        DATABASE_POOL_SIZE: '25',
        DATABASE_CONNECT_TIMEOUT_MS: '2000',
        DATABASE_STATEMENT_TIMEOUT_MS: '15000',
        EMBEDDED_PG_DATA_DIR: 'pg',
        EMBEDDED_PG_PORT: '55000',
        SEED_DEMO: 'yes',
        ACCESS_TOKEN_TTL_SECONDS: '600',
        REFRESH_TOKEN_TTL_SECONDS: '86400',
        TZ: 'UTC',
        LOG_LEVEL: 'warn',
        CORS_ORIGINS: 'https://a.example, https://b.example,',
        BODY_LIMIT: '512kb',
        TRUST_PROXY: 'TRUE',
        LOGIN_RATE_LIMIT: '3',
        LOGIN_RATE_TTL_SECONDS: '120',
        REFRESH_RATE_LIMIT: '40',
        REFRESH_RATE_TTL_SECONDS: '30',
        API_RATE_LIMIT: '5000',
        API_RATE_TTL_SECONDS: '10',
        RUN_JOBS: '0',
        EMERGENCY_DOSSIER_WARNING_WORKING_DAYS: '5',
      },
      '/srv/maiam',
    );
    expect(config).toEqual(
      expect.objectContaining({
        nodeEnv: 'production',
        port: 8080,
        databasePoolSize: 25,
        databaseTimeouts: { connectMs: 2000, statementMs: 15000 },
        embeddedDataDir: '/srv/maiam/pg',
        embeddedPort: 55000,
        seedDemo: true,
        accessTokenTtlSeconds: 600,
        refreshTokenTtlSeconds: 86400,
        timezone: 'UTC',
        logLevel: 'warn',
        corsOrigins: ['https://a.example', 'https://b.example'],
        bodyLimit: '512kb',
        trustProxy: 1,
        loginRateLimit: { limit: 3, ttlSeconds: 120 },
        refreshRateLimit: { limit: 40, ttlSeconds: 30 },
        apiRateLimit: { limit: 5000, ttlSeconds: 10 },
        runJobs: false,
        emergencyDossierWarningWorkingDays: 5,
      }),
    );
  });

  it.each<[string, string]>([
    ['abc', 'not a number'],
    ['0', 'below 1'],
    ['65536', 'above 65535'],
    ['80.5', 'not an integer'],
    ['3000abc', 'trailing garbage'],
    ['-1', 'negative'],
    ['', 'empty'],
  ])('refuses PORT=%j (%s) with one line naming PORT', (port) => {
    const error = configErrorFor({ ...BASE, PORT: port });
    expect(error.message).toContain('PORT');
    expect(error.message).not.toContain('\n');
  });

  it.each(['short', 'x'.repeat(31)])(
    'refuses a JWT_SECRET of %j (under 32 characters)',
    (secret) => {
      const error = configErrorFor({ ...BASE, JWT_SECRET: secret });
      expect(error.message).toMatch(/JWT_SECRET must be at least 32 characters/);
      expect(error.message).not.toContain('\n');
      // The secret itself is never printed.
      expect(error.message).not.toContain(secret);
    },
  );

  it('accepts a JWT_SECRET of exactly 32 characters', () => {
    expect(loadConfig({ ...BASE, JWT_SECRET: 'x'.repeat(32) }, '/srv/maiam').jwtSecret).toBe(
      'x'.repeat(32),
    );
  });

  it('refuses DATABASE_URL without JWT_SECRET', () => {
    const error = configErrorFor({ DATABASE_URL: URL });
    expect(error.message).toMatch(/JWT_SECRET is required when DATABASE_URL is set/);
    expect(error.message).not.toContain('\n');
  });

  it('refuses a DATABASE_URL that is not a postgres URL', () => {
    const error = configErrorFor({ ...BASE, DATABASE_URL: 'mysql://x@y/z' });
    expect(error.message).toContain('DATABASE_URL');
    expect(error.message).not.toContain('\n');
  });

  it.each(['10', '-1', 'three'])('refuses EMERGENCY_DOSSIER_WARNING_WORKING_DAYS=%j', (days) => {
    const error = configErrorFor({ ...BASE, EMERGENCY_DOSSIER_WARNING_WORKING_DAYS: days });
    expect(error.message).toContain('EMERGENCY_DOSSIER_WARNING_WORKING_DAYS');
  });

  it.each(['Mars/Olympus', 'Asia/Hanoi_City', 'GMT+25', ''])(
    'refuses TZ=%j with one line naming TZ',
    (tz) => {
      const error = configErrorFor({ ...BASE, TZ: tz });
      expect(error.message).toMatch(/\bTZ\b/);
      expect(error.message).not.toContain('\n');
    },
  );

  it('keeps the message on one line even when the bad value holds a line break', () => {
    const error = configErrorFor({ ...BASE, TZ: 'Asia/Ho_Chi_Minh\nLOG_LEVEL=debug' });
    expect(error.message).toMatch(/\bTZ\b/);
    expect(error.message).not.toMatch(/[\r\n]/);
  });

  it('names every bad variable in the one line', () => {
    const error = configErrorFor({
      DATABASE_URL: URL,
      PORT: 'http',
      TZ: 'Nowhere/Town',
      LOG_LEVEL: 'loud',
    });
    for (const name of ['PORT', 'TZ', 'LOG_LEVEL', 'JWT_SECRET']) {
      expect(error.message).toContain(name);
    }
    expect(error.message.split('\n')).toHaveLength(1);
  });

  it.each<[string, false | number | string[]]>([
    ['false', false],
    ['true', 1],
    ['2', 2],
    ['10.0.0.0/8, loopback', ['10.0.0.0/8', 'loopback']],
  ])('reads TRUST_PROXY=%j as %j (never "trust every hop")', (value, expected) => {
    expect(loadConfig({ ...BASE, TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each<[string, string]>([
    ['NODE_ENV', 'staging'],
    ['LOG_LEVEL', 'verbose'],
    ['BODY_LIMIT', '1gb'],
    ['TRUST_PROXY', 'maybe'],
    ['TRUST_PROXY', '10.0.0.0/8, *'],
    ['ACCESS_TOKEN_TTL_SECONDS', '30'],
    ['LOGIN_RATE_LIMIT', '0'],
    ['REFRESH_RATE_LIMIT', '0'],
    ['REFRESH_RATE_TTL_SECONDS', '3601'],
    ['API_RATE_LIMIT', '0'],
    ['API_RATE_TTL_SECONDS', '3601'],
    ['DATABASE_POOL_SIZE', 'many'],
    ['DATABASE_CONNECT_TIMEOUT_MS', '0'],
    ['DATABASE_CONNECT_TIMEOUT_MS', '5s'],
    ['DATABASE_STATEMENT_TIMEOUT_MS', '999'],
    ['DATABASE_STATEMENT_TIMEOUT_MS', '600001'],
    ['JOB_STATEMENT_TIMEOUT_MS', '999'],
    ['JOB_STATEMENT_TIMEOUT_MS', '3600001'],
  ])('refuses %s=%j naming the variable', (name, value) => {
    const error = configErrorFor({ ...BASE, [name]: value });
    expect(error.message).toContain(name);
    expect(error.message).not.toContain('\n');
  });

  describe('demo mode (no DATABASE_URL)', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'maiam-config-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('seeds the demo data and keeps a generated JWT secret beside the embedded database', () => {
      const first = loadConfig({}, dir);
      expect(first.databaseUrl).toBeUndefined();
      expect(first.seedDemo).toBe(true);
      expect(first.embeddedDataDir).toBe(join(dir, '.data/postgres'));
      expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);

      const file = join(dir, '.data', 'jwt-secret');
      expect(readFileSync(file, 'utf8')).toBe(first.jwtSecret);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      // A restart keeps the secret, so nobody is logged out.
      expect(loadConfig({}, dir).jwtSecret).toBe(first.jwtSecret);
    });

    it('prefers a JWT_SECRET that is given and writes no file', () => {
      expect(loadConfig({ JWT_SECRET: SECRET }, dir).jwtSecret).toBe(SECRET);
      expect(() => statSync(join(dir, '.data', 'jwt-secret'))).toThrow();
    });
  });
});
