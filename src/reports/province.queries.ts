import type { EntityManager } from 'typeorm';
import type { MonthlyFigures } from './monthly-figures';

/** Each facility of the province with its latest final report of the month, if any. */
export function latestFinalMonthly(
  manager: EntityManager,
  provinceCode: string,
  month: string,
): Promise<
  {
    id: string;
    code: string;
    name: string;
    report_id: string | null;
    report_version: number | null;
    data: MonthlyFigures | null;
  }[]
> {
  return manager.query(
    `SELECT f.id, f.code, f.name, r.id AS report_id, r.report_version, r.data
           FROM facility f
           LEFT JOIN LATERAL (SELECT id, report_version, data FROM report
                               WHERE facility_id = f.id AND kind = 'monthly' AND period = $2 AND status = 'final'
                               ORDER BY report_version DESC LIMIT 1) r ON true
          WHERE f.province_code = $1 ORDER BY f.code`,
    [provinceCode, month],
  );
}
