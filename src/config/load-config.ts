import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MinLength,
  Min,
  validateSync,
} from 'class-validator';
import { AppConfig, DEFAULT_JOB_STATEMENT_TIMEOUT_MS } from './app-config';

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(v)) return true;
  if (['false', '0', 'no'].includes(v)) return false;
  return value;
};

const PROXY_ENTRY = String.raw`(?:[0-9a-fA-F:.]+(?:/\d{1,3})?|loopback|linklocal|uniquelocal)`;
const TRUST_PROXY_FORMAT = new RegExp(
  String.raw`^\s*(?:true|false|yes|no|\d{1,2}|${PROXY_ENTRY}(?:\s*,\s*${PROXY_ENTRY})*)\s*$`,
  'i',
);

/**
 * Which proxies' X-Forwarded-For to believe. `true` is one proxy (the address it saw is the
 * client's), never "all": a client could then name any address and escape its rate limit.
 */
function trustProxy(value: string | undefined): AppConfig['trustProxy'] {
  const v = (value ?? 'false').trim().toLowerCase();
  if (v === 'false' || v === 'no' || v === '0') return false;
  if (v === 'true' || v === 'yes') return 1;
  if (/^\d+$/.test(v)) return Number(v);
  return v.split(',').map((s) => s.trim());
}

/** Every environment variable the service reads; `.env.example` documents each one. */
class EnvVars {
  @IsOptional() @IsIn(['development', 'production', 'test']) NODE_ENV?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(65535) PORT?: number;
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(200) DATABASE_POOL_SIZE?: number;
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60000)
  DATABASE_CONNECT_TIMEOUT_MS?: number;
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600000)
  DATABASE_STATEMENT_TIMEOUT_MS?: number;
  @IsOptional() @IsString() EMBEDDED_PG_DATA_DIR?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1024) @Max(65535) EMBEDDED_PG_PORT?: number;
  @IsOptional() @Transform(toBool) @IsBoolean() SEED_DEMO?: boolean;
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(60) @Max(3600) ACCESS_TOKEN_TTL_SECONDS?: number;
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(300)
  @Max(90 * 24 * 3600)
  REFRESH_TOKEN_TTL_SECONDS?: number;
  @IsOptional() @IsString() TZ?: string;
  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;
  @IsOptional() @IsString() CORS_ORIGINS?: string;
  @IsOptional()
  @Matches(/^\d+(kb|mb)$/i, { message: 'BODY_LIMIT must look like 1mb or 512kb' })
  BODY_LIMIT?: string;
  @IsOptional()
  @Matches(TRUST_PROXY_FORMAT, {
    message:
      'TRUST_PROXY must be false, true (one proxy), a number of proxies, or a comma-separated list of proxy addresses/subnets',
  })
  TRUST_PROXY?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(10000) LOGIN_RATE_LIMIT?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(3600) LOGIN_RATE_TTL_SECONDS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100000) REFRESH_RATE_LIMIT?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(3600) REFRESH_RATE_TTL_SECONDS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1000000) API_RATE_LIMIT?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(3600) API_RATE_TTL_SECONDS?: number;
  @IsOptional() @Transform(toBool) @IsBoolean() RUN_JOBS?: boolean;
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  JOB_STATEMENT_TIMEOUT_MS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(1440) MEDICATION_GRACE_MINUTES?: number;
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(9)
  EMERGENCY_DOSSIER_WARNING_WORKING_DAYS?: number;
  @IsOptional() @IsString() WEB_DIST_DIR?: string;
}

export class ConfigError extends Error {}

function isValidTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * In demo mode (no DATABASE_URL) a missing JWT_SECRET is generated once and kept beside
 * the embedded database, so a restart does not log everybody out. With DATABASE_URL it is required.
 */
function demoJwtSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Validates the environment once; throws ConfigError with one line naming every bad variable. */
export function loadConfig(raw: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  const env = plainToInstance(EnvVars, { ...raw }, { excludeExtraneousValues: false });
  const errors = validateSync(env, { skipMissingProperties: false });
  const problems = errors.flatMap((e) => Object.values(e.constraints ?? {}));
  const tz = env.TZ ?? 'Asia/Ho_Chi_Minh';
  if (!isValidTimezone(tz))
    problems.push(`TZ must be an IANA time zone (got ${JSON.stringify(tz)})`);
  if (env.DATABASE_URL && !env.JWT_SECRET) {
    problems.push('JWT_SECRET is required when DATABASE_URL is set (at least 32 characters)');
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);

  const embeddedDataDir = resolve(cwd, env.EMBEDDED_PG_DATA_DIR ?? '.data/postgres');
  const demoMode = !env.DATABASE_URL;
  return {
    nodeEnv: (env.NODE_ENV as AppConfig['nodeEnv'] | undefined) ?? 'development',
    port: env.PORT ?? 3000,
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE ?? 10,
    databaseTimeouts: {
      connectMs: env.DATABASE_CONNECT_TIMEOUT_MS ?? 5000,
      statementMs: env.DATABASE_STATEMENT_TIMEOUT_MS ?? 30000,
    },
    embeddedDataDir,
    embeddedPort: env.EMBEDDED_PG_PORT ?? 54329,
    seedDemo: env.SEED_DEMO ?? demoMode,
    jwtSecret: env.JWT_SECRET ?? demoJwtSecret(resolve(embeddedDataDir, '..')),
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS ?? 15 * 60,
    refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS ?? 14 * 24 * 3600,
    timezone: tz,
    logLevel: (env.LOG_LEVEL as AppConfig['logLevel'] | undefined) ?? 'info',
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
    bodyLimit: env.BODY_LIMIT ?? '1mb',
    trustProxy: trustProxy(env.TRUST_PROXY),
    loginRateLimit: {
      limit: env.LOGIN_RATE_LIMIT ?? 10,
      ttlSeconds: env.LOGIN_RATE_TTL_SECONDS ?? 60,
    },
    // A ward's phones behind one NAT share an address: each refreshes on every app start and
    // every 15 minutes, so this budget is the ward's, not a person's.
    refreshRateLimit: {
      limit: env.REFRESH_RATE_LIMIT ?? 300,
      ttlSeconds: env.REFRESH_RATE_TTL_SECONDS ?? 60,
    },
    apiRateLimit: {
      limit: env.API_RATE_LIMIT ?? 600,
      ttlSeconds: env.API_RATE_TTL_SECONDS ?? 60,
    },
    loginThrottle: {
      freeFailures: 5,
      baseDelaySeconds: 60,
      maxDelaySeconds: 900,
      forgetAfterHours: 24,
      alertFailures: 10,
    },
    runJobs: env.RUN_JOBS ?? true,
    jobStatementTimeoutMs: env.JOB_STATEMENT_TIMEOUT_MS ?? DEFAULT_JOB_STATEMENT_TIMEOUT_MS,
    medicationGraceMinutes: env.MEDICATION_GRACE_MINUTES ?? 60,
    emergencyDossierWarningWorkingDays: env.EMERGENCY_DOSSIER_WARNING_WORKING_DAYS ?? 3,
    webDistDir: resolve(cwd, env.WEB_DIST_DIR ?? 'web/dist'),
  };
}
