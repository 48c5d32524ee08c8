import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AccessTokens, jwtKey } from './access-token';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { FieldRightsGuard } from './field-rights.guard';
import { AccessGuard } from './guards';
import { LocalStrategy } from './local.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { ApiRateLimitGuard } from './rate-limit.guard';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: jwtKey(config.jwtSecret),
        signOptions: { algorithm: 'HS256', expiresIn: config.accessTokenTtlSeconds },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    LoginThrottleService,
    LocalStrategy,
    AccessTokens,
    // Global guards run in this order: the rate limit first, so that refusals (401, 403) count
    // and carry the rate-limit headers too.
    { provide: APP_GUARD, useClass: ApiRateLimitGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
    // Then the fields of the body against the caller's role (FIELD_RIGHTS).
    { provide: APP_GUARD, useClass: FieldRightsGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
