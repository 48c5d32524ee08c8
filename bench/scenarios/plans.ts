import { PRESENT_STATUSES } from '../../src/residents/model/resident-rules';
import { withClient } from '../lib/db';
import { Results } from '../lib/results';

interface PlanQuery {
  title: string;
  sql: string;
  params: (f: {
    facilityId: string;
    residentId: string;
    today: string;
    room: string;
    roomId: string;
    day: string;
  }) => unknown[];
}

/**
 * The statements behind each scenario, as the services send them (the worklist and the overdue job
 * verbatim; the register's TypeORM query in its SQL shape). EXPLAIN (ANALYZE, BUFFERS) runs them,
 * inside a transaction that is rolled back, so the job's INSERT leaves nothing behind.
 */
export const PLAN_QUERIES: PlanQuery[] = [
  {
    title: 'Register: GET /residents?status=active&q=nguyen (first page)',
    sql: `SELECT r.*, e.*, room.* FROM resident r
            LEFT JOIN ethnicity e ON e.code = r.ethnicity_code
            LEFT JOIN room ON room.id = r.room_id
           WHERE r.facility_id = $1 AND r.status = 'active'
             AND (r.search_name LIKE '%nguyen%' OR lower(r.code) LIKE '%nguyen%')
           ORDER BY r.sort_name, r.id LIMIT 51`,
    params: (f) => [f.facilityId],
  },
  {
    title: "Resident's page: GET /residents/:id (the scoped lookup)",
    sql: `SELECT r.* FROM resident r LEFT JOIN room ON room.id = r.room_id
           WHERE r.id = $1 AND r.facility_id = $2`,
    params: (f) => [f.residentId, f.facilityId],
  },
  {
    title: 'Worklist: GET /health-worklist?status=overdue',
    sql: `SELECT s.id AS schedule_id, r.id AS resident_id, r.code AS resident_code, r.full_name AS resident_name,
                 room.code AS room_code, s.kind, s.vaccine_code, s.dose_no, s.next_due_on, s.last_done_on,
                 ($2::date - s.next_due_on) AS days_overdue, s.version
            FROM health_schedule s
            JOIN resident r ON r.id = s.resident_id
            LEFT JOIN room ON room.id = r.room_id
           WHERE s.facility_id = $1 AND s.active AND s.next_due_on IS NOT NULL AND r.status = ANY($3)
             AND s.next_due_on + s.grace_days < $2::date
           ORDER BY s.next_due_on, s.id LIMIT 51`,
    params: (f) => [f.facilityId, f.today, PRESENT_STATUSES],
  },
  {
    title: 'Round view: GET /daily-records?date=&room= — the residents of the room',
    sql: `SELECT r.id, r.code, r.full_name, r.preferred_name, room.code AS room_code, r.bed, r.mobility,
                 r.care_instructions, p.diet_type, p.texture, p.allergies, p.meals_per_day
            FROM resident r
            LEFT JOIN room ON room.id = r.room_id
            LEFT JOIN nutrition_plan p ON p.resident_id = r.id AND p.superseded_at IS NULL
           WHERE r.facility_id = $1 AND r.status = 'active' AND ($2::uuid IS NULL OR r.room_id = $2)
           ORDER BY room.code NULLS LAST, r.bed NULLS LAST, r.sort_name, r.id`,
    params: (f) => [f.facilityId, f.roomId],
  },
  {
    title: 'Round view: … and their records of the day',
    sql: `SELECT d.* FROM daily_record d
           WHERE d.facility_id = $1 AND d.record_date = $2 AND d.shift IN ('morning', 'afternoon', 'night')
             AND d.resident_id IN (SELECT id FROM resident WHERE room_id = $3)`,
    params: (f) => [f.facilityId, f.day, f.roomId],
  },
  {
    title: 'Daily-record POST: refused meals of the week (raiseRefusedMealAlerts)',
    sql: `SELECT d.resident_id, count(*)::int AS n
            FROM daily_record d CROSS JOIN LATERAL jsonb_array_elements(d.meals) m
           WHERE d.facility_id = $1 AND d.resident_id = ANY($2::uuid[])
             AND d.record_date >= $3::date - 6 AND d.record_date <= $3::date AND m->>'intake' = 'refused'
           GROUP BY d.resident_id HAVING count(*) > 3`,
    params: (f) => [f.facilityId, [f.residentId], f.day],
  },
  {
    title: 'Monthly report: census on a day (run twice per report)',
    sql: `SELECT count(*)::int AS n FROM (
            SELECT DISTINCT ON (resident_id) kind FROM resident_event
             WHERE facility_id = $1 AND event_date <= $2
             ORDER BY resident_id, event_date DESC, created_at DESC
          ) last WHERE kind IN ('admitted', 'readmitted', 'leave_started', 'leave_ended')`,
    params: (f) => [f.facilityId, f.today],
  },
  {
    title: 'Monthly report: exams and doses of the month',
    sql: `SELECT
            (SELECT count(*)::int FROM health_check WHERE facility_id = $1 AND amends_id IS NULL AND examined_on BETWEEN $2::date - 30 AND $2) AS done,
            (SELECT count(*)::int FROM vaccination WHERE facility_id = $1 AND given_on BETWEEN $2::date - 30 AND $2) AS doses`,
    params: (f) => [f.facilityId, f.today],
  },
  {
    title: 'Overdue job: the INSERT … SELECT … ON CONFLICT DO NOTHING (all facilities)',
    sql: `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
          SELECT s.facility_id, s.resident_id,
                 CASE WHEN s.kind = 'vaccination' THEN 'vaccination_overdue' ELSE 'checkup_overdue' END, 'warning',
                 'health_schedule:' || s.id || ':' || s.next_due_on, 'health_schedule', s.id, s.next_due_on,
                 r.code || ' ' || r.full_name, r.code || ' ' || r.full_name, 1
            FROM health_schedule s
            JOIN facility f ON f.id = s.facility_id
            JOIN resident r ON r.id = s.resident_id
           WHERE s.active AND s.next_due_on < current_date + 2
             AND s.next_due_on < (now() AT TIME ZONE f.timezone)::date - s.grace_days
             AND r.status = ANY($1)
          ON CONFLICT (facility_id, kind, source_key) DO NOTHING`,
    params: () => [PRESENT_STATUSES],
  },
  {
    title: 'Overdue job: closing the alerts whose schedule moved on',
    sql: `UPDATE alert a SET status = 'closed', closed_at = now(), version = a.version + 1
            FROM health_schedule s
           WHERE a.source_type = 'health_schedule' AND a.source_id = s.id AND a.status <> 'closed'
             AND (NOT s.active OR s.next_due_on IS NULL OR s.next_due_on > a.due_on)`,
    params: () => [],
  },
];

export async function collectPlans(
  url: string,
  queries: PlanQuery[],
  results: Results,
): Promise<void> {
  await withClient(url, async (c) => {
    const f = await c.query<{ facility_id: string; id: string; room: string; room_id: string }>(
      `SELECT r.facility_id, r.id, room.code AS room, room.id AS room_id FROM resident r JOIN room ON room.id = r.room_id
        JOIN facility f ON f.id = r.facility_id WHERE f.code = 'BENCH-01' AND r.status = 'active' LIMIT 1`,
    );
    const row = f.rows[0];
    const today = new Date().toISOString().slice(0, 10);
    const day = await c.query<{ d: string }>(
      `SELECT max(record_date)::text AS d FROM daily_record WHERE facility_id = $1`,
      [row.facility_id],
    );
    const ctx = {
      facilityId: row.facility_id,
      residentId: row.id,
      today,
      room: row.room,
      roomId: row.room_id,
      day: day.rows[0]?.d ?? today,
    };
    for (const q of queries) {
      await c.query('BEGIN');
      try {
        const r = await c.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`,
          q.params(ctx),
        );
        results.plans.push({
          title: q.title,
          sql: q.sql.replace(/\n\s+/g, '\n  '),
          plan: r.rows.map((x) => x['QUERY PLAN']).join('\n'),
        });
      } finally {
        await c.query('ROLLBACK');
      }
    }
  });
}
