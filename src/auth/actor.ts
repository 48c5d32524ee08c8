import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { requestIdOf } from '../common/http/request-id';
import { Actor, AuthUser, FacilityActor, inFacility } from '../identity/actor';

// The request decorators; the identity types themselves are in src/identity/.

export function actorFrom(req: Request): Actor {
  const user = req.user as AuthUser;
  return { ...user, requestId: requestIdOf(req), ip: req.ip ?? null };
}

/** `@CurrentActor() actor: Actor` in a handler. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor =>
  actorFrom(ctx.switchToHttp().getRequest<Request>()),
);

/** Like CurrentActor, for routes of facility staff: refuses an actor without a facility. */
export const CurrentStaff = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): FacilityActor =>
    inFacility(actorFrom(ctx.switchToHttp().getRequest<Request>())),
);
