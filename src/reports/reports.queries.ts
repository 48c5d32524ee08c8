import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { forbidden } from '../common/errors/problem.exception';
import type { Actor } from '../identity/actor';
import { Role } from '../identity/role';
import type { ReportKind } from './report.entity';
import { Report } from './report.entity';
import type { CorrectedRecord } from './report-revision';

/** The SQL of the reports: the period lock, the corrected records, scope and version checks. */

/** One generation at a time per facility and period (until the transaction ends). */
export async function lockReportPeriod(
  manager: EntityManager,
  facilityId: string,
  kind: ReportKind,
  period: string,
): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
    `mai-am:report:${facilityId}:${kind}:${period}`,
  ]);
}

/**
 * The records about the period written after the previous version was made: stay events dated in
 * the period, and facts (resident_fact) that held on a day of it. Changes dated after the period
 * are not among them: they do not touch its figures. A facts row that differs from the one before
 * it only by the HIV status is not named either: a code beside a changed count of children with
 * HIV would tell who.
 */
export function correctedRecords(
  manager: EntityManager,
  facilityId: string,
  first: string,
  last: string,
  since: Date,
): Promise<CorrectedRecord[]> {
  return manager.query(
    `SELECT DISTINCT r.code, x.what FROM (
       SELECT resident_id, 'stay' AS what FROM resident_event
        WHERE facility_id = $1 AND event_date BETWEEN $2 AND $3 AND created_at > $4
       UNION
       SELECT f.resident_id, 'facts' FROM resident_fact f
         LEFT JOIN LATERAL (
           SELECT p.* FROM resident_fact p WHERE p.resident_id = f.resident_id AND p.valid_from < f.valid_from
            ORDER BY p.valid_from DESC LIMIT 1
         ) p ON true
        WHERE f.facility_id = $1 AND f.recorded_at > $4 AND f.valid_from <= $3 AND (f.valid_to IS NULL OR f.valid_to > $2)
          AND (p.id IS NULL OR p.categories IS DISTINCT FROM f.categories OR p.room_id IS DISTINCT FROM f.room_id
               OR p.status IS DISTINCT FROM f.status OR p.disability_level IS DISTINCT FROM f.disability_level)
     ) x JOIN resident r ON r.id = x.resident_id
     ORDER BY r.code, x.what`,
    [facilityId, first, last, since],
  );
}

/** Admins see their facility's reports; officers the final reports of their province's facilities. */
export function reportScope(
  manager: EntityManager,
  actor: Actor,
  alias = 'r',
): SelectQueryBuilder<Report> {
  const qb = manager.getRepository(Report).createQueryBuilder(alias);
  if (actor.role === Role.Admin && actor.facilityId) {
    qb.where(`${alias}.facilityId = :f`, { f: actor.facilityId });
  } else if (actor.role === Role.Officer && actor.provinceCode) {
    // A subquery, not a join: the keyset order is an expression, which TypeORM cannot page
    // over a joined query.
    qb.where(`${alias}.facilityId IN (SELECT f.id FROM facility f WHERE f.province_code = :p)`, {
      p: actor.provinceCode,
    }).andWhere(`${alias}.status = 'final'`);
  } else {
    throw forbidden();
  }
  return qb;
}

/** The facility's report, locked for update. */
export function lockReport(
  manager: EntityManager,
  id: string,
  facilityId: string,
): Promise<Report | null> {
  return manager
    .getRepository(Report)
    .createQueryBuilder('r')
    .setLock('pessimistic_write')
    .where('r.id = :id AND r.facilityId = :f', { id, f: facilityId })
    .getOne();
}

/** Whether a later version of the report's period exists. */
export function hasNewerVersion(
  manager: EntityManager,
  facilityId: string,
  report: Report,
): Promise<boolean> {
  return manager
    .getRepository(Report)
    .createQueryBuilder('r')
    .where('r.facilityId = :f AND r.kind = :k AND r.period = :p AND r.reportVersion > :v', {
      f: facilityId,
      k: report.kind,
      p: report.period,
      v: report.reportVersion,
    })
    .getExists();
}
