import { createHash } from 'node:crypto';
import {
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  Logger,
  NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { catchError, from, map, mergeMap, Observable, of } from 'rxjs';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../identity/actor';
import { isOutcomeUnknown } from '../../database/unavailable';
import { conflict, invalid } from '../errors/problem.exception';
import { requestIdOf } from '../http/request-id';
import { ABANDONED_AFTER, attachClaim, Replayed } from './idempotency-claim';
import {
  IDEMPOTENCY_KEY_FORMAT,
  IDEMPOTENT_IN_TRANSACTION,
  IDEMPOTENT_KEY,
} from './idempotent.decorator';

interface StoredAnswer {
  request_hash: string;
  status: number | null;
  body: unknown;
}

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyInterceptor.name);

  constructor(
    private readonly reflector: Reflector,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<Request>();
    const key = req.headers['idempotency-key'];
    const user = req.user as AuthUser | undefined;
    if (
      key === undefined ||
      !user ||
      !this.reflector.get<boolean>(IDEMPOTENT_KEY, ctx.getHandler())
    ) {
      return next.handle();
    }
    if (typeof key !== 'string' || !IDEMPOTENCY_KEY_FORMAT.test(key)) {
      throw invalid([{ field: 'Idempotency-Key', code: 'invalidIdempotencyKey' }]);
    }
    const route = `${req.method} ${req.baseUrl}${(req.route as { path?: string } | undefined)?.path ?? req.path}`;
    const hash = createHash('sha256')
      .update(`${route}\n${req.originalUrl}\n${JSON.stringify(req.body ?? null)}`)
      .digest('hex');
    const status =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, ctx.getHandler()) ??
      HttpStatus.CREATED;
    const res = ctx.switchToHttp().getResponse<Response>();

    if (this.reflector.get<boolean>(IDEMPOTENT_IN_TRANSACTION, ctx.getHandler())) {
      attachClaim(req, { userId: user.id, key, route, hash, status });
      return next.handle().pipe(
        map((body: unknown) => {
          if (!(body instanceof Replayed)) return body;
          res.setHeader('Idempotent-Replayed', 'true');
          return body.body;
        }),
      );
    }

    return from(this.claim(user.id, key, route, hash)).pipe(
      mergeMap((stored) => {
        if (stored) {
          res.setHeader('Idempotent-Replayed', 'true');
          return of(stored);
        }
        return next.handle().pipe(
          catchError(async (err: unknown) => {
            // The request failed and changed nothing: the key is free for a corrected retry.
            // Not so when its COMMIT went unanswered: the change may be stored, and the key
            // must then keep a retry from making it twice. The request's own error is the
            // answer, even when the database cannot take this DELETE either (the key is then
            // taken to be abandoned after ABANDONED_AFTER).
            if (!isOutcomeUnknown(err)) {
              await this.dataSource
                .query('DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2', [
                  user.id,
                  key,
                ])
                .catch(() => undefined);
            }
            throw err;
          }),
          mergeMap(async (body: unknown) => {
            // The change is committed: its answer is the truth even if keeping it for replays
            // fails (a retry then meets the unfinished claim: 409, later a fresh run).
            await this.dataSource
              .query(
                'UPDATE idempotency_key SET status = $3, body = $4 WHERE user_id = $1 AND key = $2',
                [user.id, key, status, JSON.stringify(body ?? null)],
              )
              .catch((err: unknown) =>
                this.logger.warn(
                  `idempotency answer not kept (${(err as Error).message}); request ${requestIdOf(req)}`,
                ),
              );
            return body;
          }),
        );
      }),
    );
  }

  /** Claims the key for this request, or returns the stored answer of an earlier one. */
  private async claim(userId: string, key: string, route: string, hash: string): Promise<unknown> {
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_key (user_id, key, route, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, route = EXCLUDED.route, created_at = now()
         WHERE idempotency_key.status IS NULL AND idempotency_key.created_at < now() - interval '${ABANDONED_AFTER}'
       RETURNING key`,
      [userId, key, route, hash],
    );
    if (claimed.length > 0) return undefined;
    const rows: StoredAnswer[] = await this.dataSource.query(
      'SELECT request_hash, status, body FROM idempotency_key WHERE user_id = $1 AND key = $2',
      [userId, key],
    );
    const stored = rows[0];
    if (!stored) return this.claim(userId, key, route, hash);
    if (stored.request_hash !== hash) {
      throw conflict({
        vi: 'Idempotency-Key này đã được dùng cho một yêu cầu khác',
        en: 'This Idempotency-Key was used for a different request',
      });
    }
    if (stored.status === null) {
      throw conflict({
        vi: 'Yêu cầu với Idempotency-Key này đang được xử lý; thử lại sau giây lát',
        en: 'A request with this Idempotency-Key is still being processed; retry shortly',
      });
    }
    return stored.body;
  }
}
