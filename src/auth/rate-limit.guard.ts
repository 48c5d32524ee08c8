import { ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerModuleOptions,
  type ThrottlerLimitDetail,
  type ThrottlerRequest,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AccessTokens } from './access-token';

/**
 * The API-wide rate limit, a global guard that runs before authentication: every request counts
 * against one budget per user (`API_RATE_LIMIT` per `API_RATE_TTL_SECONDS`), whatever the route.
 * The user is the `sub` of a valid bearer token; a request without one (none, forged, expired)
 * counts against its client address, so nobody can spend another user's budget — not even with
 * an old token of theirs left on a shared computer. Every answer carries `X-RateLimit-Limit`,
 * `-Remaining` and `-Reset`; a refusal is 429 with `Retry-After`. Login and refresh keep their
 * own, stricter per-address limit on top (AuthController). Counts are kept in PostgreSQL
 * (PgThrottlerStorage), shared by every worker process and replica.
 */
@Injectable()
export class ApiRateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly tokens: AccessTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(options, storage, reflector);
  }

  protected override handleRequest(props: ThrottlerRequest): Promise<boolean> {
    const { limit, ttlSeconds } = this.config.apiRateLimit;
    return super.handleRequest({
      ...props,
      limit,
      ttl: ttlSeconds * 1000,
      blockDuration: ttlSeconds * 1000,
      // One budget across all routes (the default key is per route).
      generateKey: (_ctx: ExecutionContext, tracker: string) => `api:${tracker}`,
    });
  }

  protected override getTracker(req: Request): Promise<string> {
    // Verified once per request: AccessGuard reads the same answer.
    const payload = this.tokens.payloadOf(req);
    if (payload && typeof payload.sub === 'string') return Promise.resolve(`user:${payload.sub}`);
    // No valid token of ours: counted by address.
    return super.getTracker(req).then((ip) => `ip:${ip}`);
  }
}

/**
 * The stricter per-address limit of login (`LOGIN_RATE_LIMIT` per `LOGIN_RATE_TTL_SECONDS`). Its refusal shows its own budget in `X-RateLimit-*`, not the
 * API-wide one that ApiRateLimitGuard wrote before it (an allowed request already gets the login
 * budget from ThrottlerGuard).
 */
@Injectable()
export class LoginRateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    ctx: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const res = ctx.switchToHttp().getResponse<Response>();
    res.setHeader('X-RateLimit-Limit', String(detail.limit));
    res.setHeader('X-RateLimit-Remaining', '0');
    res.setHeader('X-RateLimit-Reset', String(detail.timeToBlockExpire));
    return super.throwThrottlingException(ctx, detail);
  }
}

/**
 * The per-address limit of token refreshes (`REFRESH_RATE_LIMIT` per `REFRESH_RATE_TTL_SECONDS`),
 * a budget of its own: a ward's phones behind one NAT refresh on every app start and every quarter
 * of an hour, and must not spend (or be refused by) the login's budget of guesses. A refresh
 * still costs a valid, unspent refresh token, so guessing gains nothing from the larger budget.
 */
@Injectable()
export class RefreshRateLimitGuard extends LoginRateLimitGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(options, storage, reflector);
  }

  protected override handleRequest(props: ThrottlerRequest): Promise<boolean> {
    const { limit, ttlSeconds } = this.config.refreshRateLimit;
    return super.handleRequest({
      ...props,
      limit,
      ttl: ttlSeconds * 1000,
      blockDuration: ttlSeconds * 1000,
      generateKey: (_ctx: ExecutionContext, tracker: string) => `refresh:${tracker}`,
    });
  }
}
