import type { EntityManager } from 'typeorm';
import { User } from '../../users/user.entity';
import { CaseFile } from './case-file.entity';

/** The resident's current stay and the day it began (no stay: undefined). */
export async function currentStayOf(
  manager: EntityManager,
  residentId: string,
): Promise<{ admissionId: string; admittedOn: string | undefined } | undefined> {
  const rows: { current_admission_id: string | null; admitted_on: string }[] = await manager.query(
    `SELECT current_admission_id, to_char(admitted_on, 'YYYY-MM-DD') AS admitted_on
       FROM resident WHERE id = $1`,
    [residentId],
  );
  const admissionId = rows[0]?.current_admission_id;
  return admissionId ? { admissionId, admittedOn: rows[0]?.admitted_on } : undefined;
}

/** The facility's active social worker with the fewest open cases (ties: the lowest id). */
export async function leastBusySocialWorker(
  manager: EntityManager,
  facilityId: string,
): Promise<string | null> {
  const rows: { id: string }[] = await manager.query(
    `SELECT u.id FROM app_user u
       LEFT JOIN case_file c ON c.case_worker_id = u.id AND c.step <> 'closed'
      WHERE u.facility_id = $1 AND u.role = 'social_worker' AND u.active
      GROUP BY u.id ORDER BY count(c.id), u.id LIMIT 1`,
    [facilityId],
  );
  return rows[0]?.id ?? null;
}

/** A staff member of the facility, if there is one with this id. */
export function staffMember(
  manager: EntityManager,
  facilityId: string,
  userId: string,
): Promise<User | null> {
  return manager.findOneBy(User, { id: userId, facilityId });
}

/** The resident's open cases in the facility, locked. */
export function lockOpenCasesOfResident(
  manager: EntityManager,
  facilityId: string,
  residentId: string,
): Promise<CaseFile[]> {
  return manager
    .getRepository(CaseFile)
    .createQueryBuilder('c')
    .setLock('pessimistic_write')
    .where("c.residentId = :r AND c.facilityId = :f AND c.step <> 'closed'", {
      r: residentId,
      f: facilityId,
    })
    .getMany();
}

/** The open case of a stay, locked. */
export function lockOpenCaseOfStay(
  manager: EntityManager,
  admissionId: string,
): Promise<CaseFile | null> {
  return manager
    .getRepository(CaseFile)
    .createQueryBuilder('c')
    .setLock('pessimistic_write')
    .where("c.admissionId = :a AND c.step <> 'closed'", { a: admissionId })
    .getOne();
}

/** Whether the stay has an open case. */
export function stayHasOpenCase(manager: EntityManager, admissionId: string): Promise<boolean> {
  return manager
    .getRepository(CaseFile)
    .createQueryBuilder('c')
    .where("c.admissionId = :a AND c.step <> 'closed'", { a: admissionId })
    .getExists();
}

/** Closes the plan-review alerts of the case's plans. */
export async function closePlanAlertsOfCase(manager: EntityManager, caseId: string): Promise<void> {
  await manager.query(
    `UPDATE alert a SET status = 'closed', closed_at = now(), version = a.version + 1
       FROM intervention_plan p
      WHERE a.source_type = 'intervention_plan' AND a.source_id = p.id AND p.case_id = $1
        AND a.status <> 'closed'`,
    [caseId],
  );
}
