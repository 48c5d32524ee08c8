import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { conflict } from '../errors/problem.exception';
import { type Sql, statement } from '../../database/sql';

/** A claim without an answer older than this is taken to be from a crashed request. */
export const ABANDONED_AFTER = '1 minute';

/**
 * An `Idempotency-Key` of a route that claims it inside its own transaction
 * (`@Idempotent({ inTransaction: true })`): the claim, the change, its audit row and the stored
 * answer commit together or not at all. A failed request leaves the key free; a retry that meets
 * a claim in progress waits for it and then replays its answer.
 */
export interface IdempotencyClaim {
  userId: string;
  key: string;
  route: string;
  hash: string;
  /** The status of a first answer (201, or the route's @HttpCode). */
  status: number;
}

/** What a handler returns when the key was answered before: the interceptor replays it. */
export class Replayed {
  constructor(readonly body: unknown) {}
}

const CLAIM_KEY = Symbol('maiam:idempotency-claim');

export function attachClaim(req: Request, claim: IdempotencyClaim): void {
  (req as Request & { [CLAIM_KEY]?: IdempotencyClaim })[CLAIM_KEY] = claim;
}

/** `@IdempotencyClaimOf() claim: IdempotencyClaim | null` in a handler. */
export const IdempotencyClaimOf = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): IdempotencyClaim | null =>
    (ctx.switchToHttp().getRequest<Request>() as Request & { [CLAIM_KEY]?: IdempotencyClaim })[
      CLAIM_KEY
    ] ?? null,
);

const CLAIM = statement(
  'idempotency:claim',
  `INSERT INTO idempotency_key (user_id, key, route, request_hash) VALUES ($1, $2, $3, $4)
   ON CONFLICT (user_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, route = EXCLUDED.route, created_at = now()
     WHERE idempotency_key.status IS NULL AND idempotency_key.created_at < now() - interval '${ABANDONED_AFTER}'
   RETURNING key`,
);

const STORED = statement(
  'idempotency:stored',
  'SELECT request_hash, status, body FROM idempotency_key WHERE user_id = $1 AND key = $2',
);

const ANSWER = statement(
  'idempotency:answer',
  'UPDATE idempotency_key SET status = $3, body = $4 WHERE user_id = $1 AND key = $2',
);

/**
 * Claims the key in the caller's transaction. Returns a Replayed answer when an earlier request
 * with the same key and body was answered; refuses (409) the same key with another body.
 */
export async function claimIn(sql: Sql, c: IdempotencyClaim): Promise<Replayed | null> {
  const claimed = await sql.rows(CLAIM, [c.userId, c.key, c.route, c.hash]);
  if (claimed.length > 0) return null;
  const [stored] = await sql.rows<{ request_hash: string; status: number | null; body: unknown }>(
    STORED,
    [c.userId, c.key],
  );
  if (!stored) return claimIn(sql, c);
  if (stored.request_hash !== c.hash) {
    throw conflict({
      vi: 'Idempotency-Key này đã được dùng cho một yêu cầu khác',
      en: 'This Idempotency-Key was used for a different request',
    });
  }
  if (stored.status === null) {
    // A claim made outside a transaction by a route of the other kind, still unanswered.
    throw conflict({
      vi: 'Yêu cầu với Idempotency-Key này đang được xử lý; thử lại sau giây lát',
      en: 'A request with this Idempotency-Key is still being processed; retry shortly',
    });
  }
  return new Replayed(stored.body);
}

/** Keeps the answer for replays, in the same transaction as the change. */
export async function answerIn(sql: Sql, c: IdempotencyClaim, body: unknown): Promise<void> {
  await sql.rows(ANSWER, [c.userId, c.key, c.status, JSON.stringify(body ?? null)]);
}
