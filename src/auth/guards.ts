import { CanActivate, ExecutionContext, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request } from 'express';
import { forbidden, invalid, ProblemException } from '../common/errors/problem.exception';
import { flattenValidationErrors } from '../common/errors/validation';
import { nulPaths } from '../common/http/normalize-text.pipe';
import { PUBLIC_KEY, ROLES_KEY } from './access.decorators';
import { AccessTokens } from './access-token';
import { AuthService } from './auth.service';
import { LoginDto } from './auth.dto';
import { Role } from '../identity/role';

/**
 * The global guard. Deny by default: a route must declare @Public() or @Roles(...); one that
 * declares neither is refused (and logged, so the omission is found in development). The bearer
 * token is the one the rate-limit guard already verified (AccessTokens); its user and session
 * are checked by AuthService.userForToken.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    private readonly auth: AuthService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles || roles.length === 0) {
      this.logger.error(
        `route ${ctx.getClass().name}.${ctx.getHandler().name} declares no roles; refused`,
      );
      throw forbidden();
    }
    const req = ctx.switchToHttp().getRequest<Request>();
    const payload = this.tokens.payloadOf(req);
    // A database that is down while the user is looked up fails the request (503, retry), not
    // with a 401 that would make the client drop its tokens and log the user out.
    const user = payload ? await this.auth.userForToken(payload) : null;
    if (!user) throw new ProblemException(HttpStatus.UNAUTHORIZED, 'tokenInvalid');
    req.user = user;
    if (!roles.includes(user.role)) throw forbidden();
    return true;
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
