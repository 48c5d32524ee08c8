import type { EntityManager } from 'typeorm';
import { Page, paginate } from '../common/http/pagination';
import type { UserQuery } from './user.dto';
import { User } from './user.entity';

/** Users' SQL: the accounts page and the admins' lock. */

/** A page of the facility's accounts (the query's role and active filters), by username. */
export function usersPage(
  manager: EntityManager,
  facilityId: string,
  query: UserQuery,
): Promise<Page<User>> {
  const qb = manager
    .getRepository(User)
    .createQueryBuilder('u')
    .where('u.facilityId = :facilityId', { facilityId });
  if (query.role) qb.andWhere('u.role = :role', { role: query.role });
  if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
  return paginate(
    qb,
    [
      { sql: 'u.username', value: (u) => u.username },
      { sql: 'u.id', value: (u) => u.id },
    ],
    query,
  );
}

/** The facility's active admins, locked: two admins cannot demote each other at once. */
export function lockedActiveAdmins(
  manager: EntityManager,
  facilityId: string,
): Promise<{ id: string }[]> {
  return manager.query(
    `SELECT id FROM app_user WHERE facility_id = $1 AND role = 'admin' AND active ORDER BY id FOR UPDATE`,
    [facilityId],
  );
}
