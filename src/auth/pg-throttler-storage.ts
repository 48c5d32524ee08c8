import { createHash } from 'node:crypto';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { poolOf, statement, withSql } from '../database/sql';

/** ThrottlerStorage's answer (the type is not exported by @nestjs/throttler's index). */
interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/**
 * One request counted: a fixed window per key, opened by its first request for `ttl`. A request
 * past the limit is refused until the window ends and not counted. $1 key, $2 ttl in seconds,
 * $3 limit.
 */
const COUNT = statement(
  'rate-limit:count',
  `INSERT INTO rate_limit AS r (key, hits, window_ends_at, refused)
   VALUES ($1, 1, now() + make_interval(secs => $2::double precision), 1 > $3::int)
   ON CONFLICT (key) DO UPDATE SET
     hits = CASE WHEN r.window_ends_at <= now() THEN 1
                 WHEN r.hits >= $3::int THEN r.hits ELSE r.hits + 1 END,
     refused = r.window_ends_at > now() AND r.hits >= $3::int,
     window_ends_at = CASE WHEN r.window_ends_at <= now()
                           THEN now() + make_interval(secs => $2::double precision)
                           ELSE r.window_ends_at END
   RETURNING hits, refused, greatest(1, ceil(extract(epoch FROM window_ends_at - now())))::int AS expires_in`,
);

const FORGET = statement(
  'rate-limit:forget',
  `DELETE FROM rate_limit WHERE window_ends_at < now() - interval '1 hour'`,
);

/**
 * The rate limits' counts in PostgreSQL (table `rate_limit`), so that they hold across the worker
 * processes of one service and across replicas: one statement per request. Windows are fixed
 * (the first request opens one for the throttler's ttl); past the limit, requests are refused
 * until the window ends.
 */
@Injectable()
export class PgThrottlerStorage implements ThrottlerStorage, OnModuleDestroy {
  private readonly sweep: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    // Windows ended an hour ago are forgotten (every worker sweeps; the DELETE is idempotent).
    this.sweep = setInterval(() => {
      void withSql(poolOf(this.dataSource), (sql) => sql.rows(FORGET)).catch(() => undefined);
    }, 600_000);
    this.sweep.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweep);
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    _blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const name = `${throttlerName}:${key}`;
    const [row] = await withSql(poolOf(this.dataSource), (sql) =>
      sql.rows<{ hits: number; refused: boolean; expires_in: number }>(COUNT, [
        name.length <= 200 ? name : createHash('sha256').update(name).digest('hex'),
        ttl / 1000,
        limit,
      ]),
    );
    return {
      totalHits: row.refused ? row.hits + 1 : row.hits,
      timeToExpire: row.expires_in,
      isBlocked: row.refused,
      timeToBlockExpire: row.refused ? row.expires_in : 0,
    };
  }
}
