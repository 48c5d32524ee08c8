/**
 * The default of JOB_STATEMENT_TIMEOUT_MS (10 min): the overdue job's raise at 10 M schedules ran
 * past a request's 30 s.
 */
export const DEFAULT_JOB_STATEMENT_TIMEOUT_MS = 600_000;

export interface DatabaseTimeouts {
  connectMs: number;
  statementMs: number;
}

/** The typed configuration the whole application reads; built once at start-up by `loadConfig`. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** Absent: an embedded PostgreSQL is started under `embeddedDataDir` (demo mode). */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /**
   * connectMs: longest wait for a pooled connection (a new one, or a free one when the pool is
   * busy); statementMs: longest run of one SQL statement. Past either, the request answers 503.
   */
  databaseTimeouts: DatabaseTimeouts;
  embeddedDataDir: string;
  embeddedPort: number;
  /** Seed the demo facility and accounts (default: on in demo mode only). */
  seedDemo: boolean;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  timezone: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  corsOrigins: string[];
  bodyLimit: string;
  /** Express's `trust proxy`: false, a number of proxies, or their addresses/subnets. */
  trustProxy: false | number | string[];
  loginRateLimit: { limit: number; ttlSeconds: number };
  /** Token refreshes per client address (its own budget, not login's). */
  refreshRateLimit: { limit: number; ttlSeconds: number };
  /** Every request, per user (per client address without a valid token). */
  apiRateLimit: { limit: number; ttlSeconds: number };
  /**
   * Failed logins per (account, client address): the first `freeFailures` are free; from then on
   * that pair waits `baseDelaySeconds`, doubling per further failure up to `maxDelaySeconds`. A
   * series is forgotten `forgetAfterHours` after its last failure. `alertFailures` failures of one
   * account since its last success (from any addresses) raise a `login_attack` alert.
   */
  loginThrottle: {
    freeFailures: number;
    baseDelaySeconds: number;
    maxDelaySeconds: number;
    forgetAfterHours: number;
    alertFailures: number;
  };
  runJobs: boolean;
  /**
   * Longest run of one statement of a scheduled job (JOB_STATEMENT_TIMEOUT_MS): a job works on
   * every facility's rows at once, beyond a request's `databaseTimeouts.statementMs`.
   */
  jobStatementTimeoutMs: number;
  /** Minutes after a scheduled dose's time before the job raises "dose not recorded". */
  medicationGraceMinutes: number;
  /**
   * Working days before an emergency intake's dossier deadline from which its alert is a warning
   * (it is raised, as information, at the admission; critical once the deadline has passed).
   */
  emergencyDossierWarningWorkingDays: number;
  /** The built staff web app (`npm run build -w web`), served at `/`; absent: API only. */
  webDistDir: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
