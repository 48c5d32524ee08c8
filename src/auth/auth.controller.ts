import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBody,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { invalid, ProblemException } from '../common/errors/problem.exception';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Public, Roles } from './access.decorators';
import { CurrentActor } from './actor';
import type { Actor, AuthUser } from '../identity/actor';
import { LoginDto, LogoutDto, MeView, RefreshDto, TokenPairView } from './auth.dto';
import { AuthService } from './auth.service';
import { LocalAuthGuard } from './guards';
import { LoginRateLimitGuard, RefreshRateLimitGuard } from './rate-limit.guard';
import {
  clearRefreshCookie,
  isWebClient,
  readRefreshCookie,
  REFRESH_COOKIE,
  REFRESH_COOKIE_PATH,
  setRefreshCookie,
  WEB_CLIENT_HEADER,
  WEB_CLIENT_HEADER_VALUE,
} from './refresh-cookie';
import { ALL_ROLES } from '../identity/role';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
  @ApiOkResponse({
    type: TokenPairView,
    description:
      `Also sets the refresh token as the cookie \`${REFRESH_COOKIE}\` (HttpOnly; Secure; ` +
      `SameSite=Strict; Path=${REFRESH_COOKIE_PATH}; Max-Age = the refresh token's lifetime) ` +
      'for the staff web app; API clients use the JSON body.',
    headers: {
      'Set-Cookie': {
        description: `${REFRESH_COOKIE}=<refresh token>; HttpOnly; Secure; SameSite=Strict; Path=${REFRESH_COOKIE_PATH}; Max-Age=<seconds>`,
        schema: { type: 'string', maxLength: 300 },
      },
    },
  })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  @ApiTooManyRequestsResponse({
    description:
      'Too many login attempts from this address, or too many failures of this username from it',
  })
  async login(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TokenPairView> {
    const pair = await this.auth.issueTokens(req.user as AuthUser);
    setRefreshCookie(res, pair.refreshToken, this.config.refreshTokenTtlSeconds);
    return pair;
  }

  @Post('refresh')
  @Public()
  @UseGuards(RefreshRateLimitGuard)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Exchange a refresh token for a new pair; the old one is spent',
    description:
      'The token comes from the JSON body (API clients) or, when the body has none, from the ' +
      `\`${REFRESH_COOKIE}\` cookie set by login (the staff web app). The cookie form needs the ` +
      `header \`${WEB_CLIENT_HEADER}: ${WEB_CLIENT_HEADER_VALUE}\` (CSRF defence) and answers ` +
      'with the next cookie as well. Refreshes have their own per-address budget ' +
      "(REFRESH_RATE_LIMIT, 300 a minute by default), apart from the login's.",
  })
  @ApiHeader({
    name: WEB_CLIENT_HEADER,
    required: false,
    description: 'Required when the refresh token comes from the cookie',
    schema: { type: 'string', enum: [WEB_CLIENT_HEADER_VALUE] },
  })
  @ApiOkResponse({
    type: TokenPairView,
    headers: {
      'Set-Cookie': {
        description: `Cookie form only: the next ${REFRESH_COOKIE} cookie (or, on a refused cookie, its removal)`,
        schema: { type: 'string', maxLength: 300 },
      },
    },
  })
  @ApiUnauthorizedResponse({ description: 'Unknown, expired or already spent refresh token' })
  @ApiTooManyRequestsResponse({ description: 'Too many refreshes from this address' })
  @ApiForbiddenResponse({
    description: `Refresh by cookie without the header ${WEB_CLIENT_HEADER}: ${WEB_CLIENT_HEADER_VALUE}`,
  })
  async refresh(
    @Body() dto: RefreshDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TokenPairView> {
    if (dto.refreshToken !== undefined) return this.auth.refresh(dto.refreshToken);
    const cookie = readRefreshCookie(req);
    // Neither a body token nor a web app's request: an API client forgot the token.
    if (cookie === undefined && !isWebClient(req)) {
      throw invalid([{ field: 'refreshToken', code: 'isDefined' }]);
    }
    if (!isWebClient(req)) {
      throw new ProblemException(HttpStatus.FORBIDDEN, 'forbidden', {
        vi: `Làm mới bằng cookie cần tiêu đề ${WEB_CLIENT_HEADER}: ${WEB_CLIENT_HEADER_VALUE}`,
        en: `Refreshing by cookie needs the header ${WEB_CLIENT_HEADER}: ${WEB_CLIENT_HEADER_VALUE}`,
      });
    }
    try {
      const pair = await this.auth.refresh(cookie ?? '');
      setRefreshCookie(res, pair.refreshToken, this.config.refreshTokenTtlSeconds);
      return pair;
    } catch (err) {
      clearRefreshCookie(res);
      throw err;
    }
  }

  @Post('logout')
  @Roles(...ALL_ROLES)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Revoke the refresh tokens of this login (or of every login)' })
  @ApiNoContentResponse({
    description: `Done; the ${REFRESH_COOKIE} cookie is cleared (Max-Age=0)`,
    headers: {
      'Set-Cookie': {
        description: `${REFRESH_COOKIE}=; HttpOnly; Secure; SameSite=Strict; Path=${REFRESH_COOKIE_PATH}; Max-Age=0`,
        schema: { type: 'string', maxLength: 300 },
      },
    },
  })
  async logout(
    @CurrentActor() actor: Actor,
    @Body() dto: LogoutDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.auth.logout(actor, dto.refreshToken);
    clearRefreshCookie(res);
  }

  @Get('me')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'The logged-in user: name, role, facility' })
  @ApiOkResponse({ type: MeView })
  me(@CurrentActor() actor: Actor): Promise<MeView> {
    return this.auth.me(actor.id);
  }
}
