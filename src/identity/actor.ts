import { forbidden } from '../common/errors/problem.exception';
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
  /** The time zone of the user's facility, read with the session (the facility's "today"). */
  facilityTimezone?: string;
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
