import { onAccountChanged } from '../identity/user-changes';
import { randomBytes, randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../common/errors/problem.exception';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Facility } from '../facilities/facility.entity';
import { User } from '../users/user.entity';
import type { Actor, AuthUser } from '../identity/actor';
import { MeView, TokenPairView } from './auth.dto';
import { LoginThrottleService } from './login-throttle.service';
import { timingDummyHash, verifyPassword } from './password';
import { RefreshToken } from './refresh-token.entity';
import { lockedRefreshToken, recordLogin, sessionUser, userWithPasswordHash } from './auth.queries';
import { parseRefreshToken, sameHash, sha256, UUID } from './refresh-token-parts';
import { Role } from '../identity/role';

export interface AccessTokenPayload {
  sub: string;
  role: Role;
  typ: 'access';
  /** The session: the login's refresh-token family. Logout and reuse revocation end it. */
  sid: string;
  /** Set by the signer; a token without it is refused. */
  iat?: number;
  exp?: number;
}

const invalidCredentials = () =>
  new ProblemException(HttpStatus.UNAUTHORIZED, 'invalidCredentials');
const invalidToken = () => new ProblemException(HttpStatus.UNAUTHORIZED, 'tokenInvalid');

/**
 * How long a checked session (user active, role, facility, session not revoked) is trusted
 * without asking the database again. A logout or a revocation in this process forgets it at
 * once; one made elsewhere (another worker, another replica, an UPDATE by hand) takes effect
 * within this delay.
 */
export const SESSION_CHECK_MS = 5000;

interface CheckedSession {
  user: AuthUser;
  until: number;
}

/** Who the request comes from, before anybody is authenticated. */
export interface ClientInfo {
  requestId: string;
  ip: string | null;
}

@Injectable()
export class AuthService {
  /** Checked sessions by `user:session`, for SESSION_CHECK_MS (userForToken). */
  private readonly sessions = new Map<string, CheckedSession>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** An account or a facility changed in this process: its sessions are checked anew. */
  private readonly stopListening = onAccountChanged((change) => {
    if ('userId' in change) this.forgetUser(change.userId);
    else this.forgetFacility(change.facilityId);
  });

  onModuleDestroy(): void {
    this.stopListening();
  }

  /**
   * Checks a username and password. Failures are throttled per (username, client address)
   * (LoginThrottleService): an unknown username, a wrong password and a deactivated account get
   * the same answer after the same work (one argon2 verification, one counting statement).
   */
  async validateCredentials(
    username: string,
    password: string,
    client: ClientInfo,
  ): Promise<AuthUser> {
    const name = username.trim().toLowerCase();
    const key = this.throttle.keyFor(name, client.ip);
    await this.throttle.assertNotBlocked(key);
    const user = await userWithPasswordHash(this.dataSource.manager, name);
    const ok = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
    if (!user || !ok || !user.active) {
      await this.throttle.recordFailure(key, user?.id ?? null);
      throw invalidCredentials();
    }
    await this.dataSource.transaction(async (manager) => {
      await recordLogin(manager, user.id);
      await this.audit.record(
        manager,
        { ...toAuthUser(user), ...client },
        { action: 'login', entity: 'app_user', entityId: user.id },
      );
    });
    await this.throttle.recordSuccess(key);
    return toAuthUser(user);
  }

  async issueTokens(
    user: AuthUser,
    familyId: string = randomUUID(),
    manager?: EntityManager,
  ): Promise<TokenPairView> {
    const payload: AccessTokenPayload = {
      sub: user.id,
      role: user.role,
      typ: 'access',
      sid: familyId,
    };
    const accessToken = await this.jwt.signAsync(payload);
    const secret = randomBytes(32).toString('base64url');
    const row = await (manager ?? this.dataSource.manager).save(RefreshToken, {
      userId: user.id,
      familyId,
      tokenHash: sha256(secret),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000),
      usedAt: null,
      revokedAt: null,
    });
    return {
      accessToken,
      refreshToken: `${row.id}.${secret}`,
      expiresIn: this.config.accessTokenTtlSeconds,
      user: await this.me(user.id, manager),
    };
  }

  /**
   * Spends a refresh token and issues the next pair of its family. A token presented a second
   * time means someone else holds a copy: the whole family is revoked and both holders must log in.
   */
  async refresh(token: string): Promise<TokenPairView> {
    const parsed = parseRefreshToken(token);
    if (!parsed) throw invalidToken();
    const { id, secret } = parsed;
    let reuseDetected = false;
    const result = await this.dataSource.transaction(async (manager) => {
      const row = await lockedRefreshToken(manager, id);
      if (!row || !sameHash(row.tokenHash, sha256(secret)) || row.revokedAt) return null;
      if (row.usedAt) {
        await manager.update(
          RefreshToken,
          { familyId: row.familyId, revokedAt: IsNull() },
          { revokedAt: new Date() },
        );
        reuseDetected = true;
        this.forgetUser(row.userId);
        return null;
      }
      if (row.expiresAt.getTime() <= Date.now()) return null;
      const user = await manager.findOneBy(User, { id: row.userId, active: true });
      if (!user) return null;
      await manager.update(RefreshToken, { id: row.id }, { usedAt: new Date() });
      return this.issueTokens(toAuthUser(user), row.familyId, manager);
    });
    if (!result) {
      throw reuseDetected
        ? new ProblemException(HttpStatus.UNAUTHORIZED, 'tokenInvalid', {
            vi: 'Mã làm mới đã được dùng trước đó; mọi phiên của lần đăng nhập này đã bị thu hồi',
            en: 'Refresh token reused; every session of this login has been revoked',
          })
        : invalidToken();
    }
    return result;
  }

  /**
   * Ends one login (the family of the given refresh token, and the session of the access token
   * used) or, without a refresh token, every login of the user.
   */
  async logout(actor: Actor, refreshToken: string | undefined): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const id = refreshToken?.split('.')[0];
      if (id && UUID.test(id)) {
        const row = await manager.findOneBy(RefreshToken, { id, userId: actor.id });
        const families = [row?.familyId, actor.sessionId].filter(
          (f): f is string => f !== undefined,
        );
        if (families.length > 0) {
          await manager.update(
            RefreshToken,
            { userId: actor.id, familyId: In(families), revokedAt: IsNull() },
            { revokedAt: new Date() },
          );
        }
      } else {
        await manager.update(
          RefreshToken,
          { userId: actor.id, revokedAt: IsNull() },
          { revokedAt: new Date() },
        );
      }
      this.forgetUser(actor.id);
      await this.audit.record(manager, actor, {
        action: 'logout',
        entity: 'app_user',
        entityId: actor.id,
      });
    });
  }

  /**
   * The user behind a valid access token, with its session (refresh-token family) still alive,
   * so logout and reuse revocation end the access tokens of that login too; a deactivation or a
   * role change applies as well. One query, whose answer is kept for SESSION_CHECK_MS (see
   * there). A token must expire (`exp`).
   */
  async userForToken(payload: AccessTokenPayload): Promise<AuthUser | null> {
    const { sub, sid, exp, typ } = payload;
    if (typ !== 'access' || typeof exp !== 'number') return null;
    if (typeof sub !== 'string' || !UUID.test(sub)) return null;
    if (typeof sid !== 'string' || !UUID.test(sid)) return null;
    const key = `${sub}:${sid}`;
    const now = Date.now();
    const known = this.sessions.get(key);
    if (known && known.until > now) return known.user;
    const row = await sessionUser(this.dataSource.manager, sub, sid);
    if (!row) {
      this.sessions.delete(key);
      return null;
    }
    const user: AuthUser = {
      id: row.id,
      username: row.username,
      role: row.role,
      facilityId: row.facility_id,
      provinceCode: row.province_code,
      sessionId: sid,
      facilityTimezone: row.timezone ?? undefined,
    };
    if (this.sessions.size >= 10000) this.sessions.clear();
    this.sessions.set(key, { user, until: now + SESSION_CHECK_MS });
    return user;
  }

  /** Forgets the checked sessions of a facility's users (its time zone changed). */
  forgetFacility(facilityId: string): void {
    for (const [key, session] of this.sessions) {
      if (session.user.facilityId === facilityId) this.sessions.delete(key);
    }
  }

  /** Forgets the checked sessions of a user (logout, revocation, an account change). */
  forgetUser(userId: string): void {
    for (const key of this.sessions.keys()) {
      if (key.startsWith(`${userId}:`)) this.sessions.delete(key);
    }
  }

  async me(userId: string, manager: EntityManager = this.dataSource.manager): Promise<MeView> {
    const user = await manager.findOneByOrFail(User, { id: userId });
    const facility = user.facilityId
      ? await manager.findOne(Facility, { where: { id: user.facilityId }, select: { name: true } })
      : null;
    return {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      role: user.role,
      facilityId: user.facilityId,
      facilityName: facility?.name ?? null,
      provinceCode: user.provinceCode,
    };
  }
}

export function toAuthUser(user: User): AuthUser {
  return {
    id: user.id,
    username: user.username,
    role: user.role,
    facilityId: user.facilityId,
    provinceCode: user.provinceCode,
  };
}
