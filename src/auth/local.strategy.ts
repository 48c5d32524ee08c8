import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { requestIdOf } from '../common/http/request-id';
import type { AuthUser } from '../identity/actor';
import { AuthService } from './auth.service';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: Request, username: string, password: string): Promise<AuthUser> {
    return this.auth.validateCredentials(username, password, {
      requestId: requestIdOf(req),
      ip: req.ip ?? null,
    });
  }
}
