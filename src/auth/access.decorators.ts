import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Role } from '../identity/role';

export const ROLES_KEY = 'maiam:roles';
export const PUBLIC_KEY = 'maiam:public';

/** The roles that may call this route. A route that declares neither this nor @Public() is refused. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No, expired or invalid token' }),
    ApiForbiddenResponse({ description: `Allowed roles: ${roles.join(', ')}` }),
  );

/** Reachable without a token. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
