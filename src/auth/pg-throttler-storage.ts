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
 * The hits a worker counted since it last asked, added to their keys' open windows (hits of a
 * window that has ended meanwhile are dropped with it). $1 keys, $2 hits.
 */
const ADD = statement(
  'rate-limit:add',
  `UPDATE rate_limit r SET hits = r.hits + x.n
     FROM unnest($1::varchar[], $2::int[]) AS x(key, n)
    WHERE r.key = x.key AND r.window_ends_at > now()
   RETURNING r.key, r.hits, extract(epoch FROM r.window_ends_at) * 1000 AS ends_ms`,
);

/** How long a worker counts a key's hits alone before it adds them to the shared count. */
export const RATE_LIMIT_SYNC_MS = 100;

/** What this worker knows of a key's window. */
interface Window {
  /** The shared count as last read plus this worker's hits since. */
  hits: number;
  /** This worker's hits not yet added to the shared count. */
  pending: number;
  endsAt: number;
}

/**
 * The rate limits' counts in PostgreSQL (table `rate_limit`), so that they hold across the worker
 * processes of one service and across replicas. Windows are fixed (the first request opens one
 * for the throttler's ttl); past the limit, requests are refused until the window ends. A key's
 * first request in a worker (and of each window) is counted in the shared row at once; the next
 * ones are counted by the worker and added to the row every RATE_LIMIT_SYNC_MS in one statement
 * for all keys, which also reads back what the other workers added. So a request costs no
 * statement of its own, and a user can exceed the limit by at most what the other workers let
 * through in that last fraction of a second.
 */
@Injectable()
export class PgThrottlerStorage implements ThrottlerStorage, OnModuleDestroy {
  private readonly sweep: NodeJS.Timeout;
  private readonly windows = new Map<string, Window>();
  private flushing: NodeJS.Timeout | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    // Windows ended an hour ago are forgotten (every worker sweeps; the DELETE is idempotent).
    this.sweep = setInterval(() => {
      void withSql(poolOf(this.dataSource), (sql) => sql.rows(FORGET)).catch(() => undefined);
      const now = Date.now();
      for (const [key, w] of this.windows) if (w.endsAt <= now) this.windows.delete(key);
    }, 600_000);
    this.sweep.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweep);
    clearTimeout(this.flushing);
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    _blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const name = `${throttlerName}:${key}`;
    const id = name.length <= 200 ? name : createHash('sha256').update(name).digest('hex');
    const now = Date.now();
    const known = this.windows.get(id);
    if (!known || known.endsAt <= now) return this.countShared(id, ttl, limit);
    // An open window this worker knows: counted here, added to the shared count shortly.
    const refused = known.hits >= limit;
    if (!refused) {
      known.hits++;
      known.pending++;
      this.scheduleFlush();
    }
    const expiresIn = Math.max(1, Math.ceil((known.endsAt - now) / 1000));
    return {
      totalHits: refused ? known.hits + 1 : known.hits,
      timeToExpire: expiresIn,
      isBlocked: refused,
      timeToBlockExpire: refused ? expiresIn : 0,
    };
  }

  /** A key's first request here, or of a new window: counted in the shared row at once. */
  private async countShared(
    id: string,
    ttl: number,
    limit: number,
  ): Promise<ThrottlerStorageRecord> {
    const [row] = await withSql(poolOf(this.dataSource), (sql) =>
      sql.rows<{ hits: number; refused: boolean; expires_in: number }>(COUNT, [
        id,
        ttl / 1000,
        limit,
      ]),
    );
    const pending = this.windows.get(id)?.pending ?? 0;
    this.windows.set(id, {
      hits: row.hits + pending,
      pending,
      endsAt: Date.now() + row.expires_in * 1000,
    });
    return {
      totalHits: row.refused ? row.hits + 1 : row.hits,
      timeToExpire: row.expires_in,
      isBlocked: row.refused,
      timeToBlockExpire: row.refused ? row.expires_in : 0,
    };
  }

  private scheduleFlush(): void {
    if (this.flushing) return;
    this.flushing = setTimeout(() => {
      this.flushing = undefined;
      void this.flush().catch(() => undefined);
    }, RATE_LIMIT_SYNC_MS);
    this.flushing.unref();
  }

  /** Adds this worker's hits to the shared counts and reads back what the others added. */
  private async flush(): Promise<void> {
    const sent = [...this.windows].filter(([, w]) => w.pending > 0);
    if (sent.length === 0) return;
    const counts = sent.map(([, w]) => w.pending);
    for (const [, w] of sent) w.pending = 0;
    try {
      const rows = await withSql(poolOf(this.dataSource), (sql) =>
        sql.rows<{ key: string; hits: number; ends_ms: string }>(ADD, [
          sent.map(([k]) => k),
          counts,
        ]),
      );
      for (const r of rows) {
        const w = this.windows.get(r.key);
        if (w) {
          w.hits = r.hits + w.pending;
          w.endsAt = Number(r.ends_ms);
        }
      }
    } catch {
      // Not added: counted again with the next flush.
      sent.forEach(([, w], i) => (w.pending += counts[i]));
      this.scheduleFlush();
    }
  }
}
