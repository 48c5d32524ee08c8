import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { forbidden } from '../common/errors/problem.exception';
import { requestIdOf } from '../common/http/request-id';
import { Role } from './role';

/** The authenticated user as the JWT strategy loads it on each request. */
export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  facilityId: string | null;
  provinceCode: string | null;
  /** The login (refresh-token family) of the access token; absent for a login in progress. */
  sessionId?: string;
}

/** Who is acting, and from where: passed to every service method that reads or writes. */
export interface Actor extends AuthUser {
  requestId: string;
  ip: string | null;
}

/** An actor who works in a facility; services of facility data take this, never a bare id. */
export interface FacilityActor extends Actor {
  facilityId: string;
}

export function inFacility(actor: Actor): FacilityActor {
  if (!actor.facilityId) throw forbidden();
  return actor as FacilityActor;
}

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
