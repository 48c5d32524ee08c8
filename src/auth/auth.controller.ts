import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { Public, Roles } from './access.decorators';
import { Actor, AuthUser, CurrentActor } from './actor';
import { LoginDto, LogoutDto, MeView, RefreshDto, TokenPairView } from './auth.dto';
import { AuthService } from './auth.service';
import { LocalAuthGuard } from './guards';
import { LoginRateLimitGuard } from './rate-limit.guard';
import { ALL_ROLES } from './role';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @UseGuards(LoginRateLimitGuard, LocalAuthGuard)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Log in; repeated failures from one address slow that address down',
    description:
      'After 5 failed logins of one username from one client address, that pair is answered 429 ' +
      'with Retry-After for 1 minute, doubling with each further failure up to 15 minutes. No ' +
      'account is ever locked: the right password from another address still works. Unknown ' +
      'usernames are answered and throttled exactly like known ones.',
  })
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: TokenPairView })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  @ApiTooManyRequestsResponse({
    description:
      'Too many login attempts from this address, or too many failures of this username from it',
  })
  login(@Req() req: Request): Promise<TokenPairView> {
    return this.auth.issueTokens(req.user as AuthUser);
  }

  @Post('refresh')
  @Public()
  @UseGuards(LoginRateLimitGuard)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair; the old one is spent' })
  @ApiOkResponse({ type: TokenPairView })
  @ApiUnauthorizedResponse({ description: 'Unknown, expired or already spent refresh token' })
  refresh(@Body() dto: RefreshDto): Promise<TokenPairView> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @Roles(...ALL_ROLES)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Revoke the refresh tokens of this login (or of every login)' })
  logout(@CurrentActor() actor: Actor, @Body() dto: LogoutDto): Promise<void> {
    return this.auth.logout(actor, dto.refreshToken);
  }

  @Get('me')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: MeView })
  me(@CurrentActor() actor: Actor): Promise<MeView> {
    return this.auth.me(actor.id);
  }
}
