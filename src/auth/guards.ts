import { ExecutionContext, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request } from 'express';
import { forbidden, invalid, ProblemException } from '../common/errors/problem.exception';
import { flattenValidationErrors } from '../common/errors/validation';
import { nulPaths } from '../common/http/normalize-text.pipe';
import { isDatabaseUnavailable } from '../database/unavailable';
import { PUBLIC_KEY, ROLES_KEY } from './access.decorators';
import type { AuthUser } from '../identity/actor';
import { LoginDto } from './auth.dto';
import { Role } from '../identity/role';

/**
 * The global guard. Deny by default: a route must declare @Public() or @Roles(...); one that
 * declares neither is refused (and logged, so the omission is found in development).
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles || roles.length === 0) {
      this.logger.error(
        `route ${ctx.getClass().name}.${ctx.getHandler().name} declares no roles; refused`,
      );
      throw forbidden();
    }
    await super.canActivate(ctx);
    const user = ctx.switchToHttp().getRequest<Request>().user as AuthUser;
    if (!roles.includes(user.role)) throw forbidden();
    return true;
  }

  override handleRequest<TUser>(err: unknown, user: TUser | false): TUser {
    if (err instanceof ProblemException) throw err;
    // The user could not be looked up because the database is down: 503 (retry), not a 401
    // that would make the client drop its tokens and log the user out.
    if (isDatabaseUnavailable(err)) throw err;
    if (err || !user) throw new ProblemException(HttpStatus.UNAUTHORIZED, 'tokenInvalid');
    return user;
  }
}

/** Login: the body is validated like any other (400 names the field) before passport sees it. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<Request>();
    const body: unknown = req.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw invalid([{ field: 'body', code: 'body' }]);
    }
    const nul = nulPaths(body);
    if (nul.length > 0) throw invalid(nul.map((field) => ({ field, code: 'nulCharacter' })));
    const errors = await validate(plainToInstance(LoginDto, body), {
      whitelist: true,
      forbidNonWhitelisted: true,
    });
    if (errors.length > 0) throw invalid(flattenValidationErrors(errors));
    return (await super.canActivate(ctx)) as boolean;
  }

  override handleRequest<TUser>(err: unknown, user: TUser | false): TUser {
    if (err instanceof Error) throw err;
    if (err || !user) throw new ProblemException(HttpStatus.UNAUTHORIZED, 'invalidCredentials');
    return user;
  }
}
