import type { EntityManager } from 'typeorm';
import type { FacilityActor } from '../../identity/actor';
import { Role } from '../../identity/role';
import { fieldError, FieldError } from '../../common/errors/problem.exception';
import { leastBusySocialWorker, staffMember } from './case-file.queries';

/** A staff member of the caller's facility, active, in one of `roles`; else a field error. */
export async function checkStaff(
  manager: EntityManager,
  actor: FacilityActor,
  userId: string,
  field: string,
  roles: readonly Role[],
): Promise<FieldError[]> {
  const user = await staffMember(manager, actor.facilityId, userId);
  if (user?.active && roles.includes(user.role)) return [];
  return [
    fieldError(
      field,
      'notStaff',
      'Không phải nhân viên phù hợp của cơ sở',
      'Not a suitable staff member of this centre',
    ),
  ];
}

/** The case worker must be an active social worker of the facility. */
export function checkCaseWorker(
  manager: EntityManager,
  actor: FacilityActor,
  userId: string,
): Promise<FieldError[]> {
  return checkStaff(manager, actor, userId, 'caseWorkerId', [Role.SocialWorker]);
}

/** The caller when a social worker; else the active social worker with the fewest open cases. */
export async function defaultCaseWorker(
  manager: EntityManager,
  actor: FacilityActor,
): Promise<string | null> {
  if (actor.role === Role.SocialWorker) return actor.id;
  return leastBusySocialWorker(manager, actor.facilityId);
}
