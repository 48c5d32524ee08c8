import { Client } from 'pg';
import { hashPassword } from '../../src/auth/password';
import { nameParts } from './names';

export const BENCH_PASSWORD = 'bench-2026-maiam-load';

export interface GenerateOptions {
  /** Facilities to create now, numbered from `firstFacility` (1-based), so a data set can grow. */
  facilities: number;
  firstFacility?: number;
  /** Residents present in each facility today; former residents (discharged, deceased) come on top. */
  residentsPerFacility: number;
  /** Years of history: stays, exams, school years and daily records reach this far back. */
  years: number;
  /** Periodic schedules per resident (2 = the default 6-monthly and annual exams). */
  schedulesPerResident?: number;
  /** Share of schedules that are overdue today. */
  overdueShare?: number;
  /** Skip the history tables (exams, enrolments, follow-ups): the overdue scenario needs only schedules. */
  schedulesOnly?: boolean;
  /**
   * Days before today (today included) left without daily records, for the write scenarios to fill;
   * three records a day (morning, afternoon, night) cover every other day of each stay in the window.
   */
  dailyRecordGapDays?: number;
  /** Called after each step with its table, row count and seconds. */
  onStep?: (step: GenerateStep) => void;
}

export interface GenerateStep {
  table: string;
  rows: number;
  seconds: number;
}

export interface GenerateResult {
  steps: GenerateStep[];
  seconds: number;
  rows: number;
}

export function facilityCode(n: number): string {
  return `BENCH-${String(n).padStart(2, '0')}`;
}

export function username(n: number, role: string): string {
  return `b${String(n).padStart(2, '0')}_${role}`;
}

/**
 * The population of a centre like the demo's: infants, children, children with HIV, lonely
 * elderly, severely disabled adults, voluntary residents; shares out of 100. Present residents
 * fill rooms of six by group; former residents are spread over the groups past infancy.
 */
const PROFILES = `(VALUES
  (0, 4, 0, 2, ARRAY['k1_child_abandoned'], 'mixed', 'independent', true, NULL, 'regular'),
  (5, 14, 3, 6, ARRAY['k1_child_orphan'], 'mixed', 'independent', false, NULL, 'regular'),
  (15, 29, 7, 17, ARRAY['k1_child_orphan'], 'male', 'independent', false, NULL, 'regular'),
  (30, 44, 7, 17, ARRAY['k1_child_other'], 'female', 'independent', false, NULL, 'regular'),
  (45, 47, 3, 15, ARRAY['k1_child_orphan', 'k1_child_hiv'], 'mixed', 'independent', false, NULL, 'regular'),
  (48, 69, 62, 94, ARRAY['k1_elderly_alone'], 'mixed', 'assisted', false, NULL, 'regular'),
  (70, 79, 70, 96, ARRAY['k1_elderly_alone', 'k1_disabled_severe'], 'mixed', 'bedridden', true, 'extreme', 'regular'),
  (80, 94, 18, 55, ARRAY['k1_disabled_severe'], 'mixed', 'wheelchair', true, 'extreme', 'regular'),
  (95, 99, 60, 80, ARRAY['k5_voluntary'], 'female', 'independent', false, NULL, 'voluntary')
) AS p(lo, hi, age_min, age_max, cats, sex, mobility, needs24h, disability_level, admission_type)`;

const SCHEDULE_KINDS = `(ARRAY['periodic_exam','annual_exam','dental','eye','growth_check','other','other','other','other','other'])`;
const SCHEDULE_MONTHS = `(ARRAY[6, 12, 12, 12, 3, 6, 12, 3, 6, 12])`;

/**
 * Loads synthetic data straight into the schema with set-based `INSERT … SELECT` over
 * generate_series (no per-row round trips), facility by facility. Every row goes through the real
 * constraints and indexes. The stay history (resident_event) is consistent, so the monthly
 * report's census identity holds; alerts are raised by the real overdue-job SQL afterwards.
 */
export async function generate(client: Client, o: GenerateOptions): Promise<GenerateResult> {
  const steps: GenerateStep[] = [];
  const started = Date.now();
  const step = async (table: string, sql: string, params: unknown[]): Promise<void> => {
    const t0 = Date.now();
    const r = await client.query(sql, params);
    const s = { table, rows: r.rowCount ?? 0, seconds: (Date.now() - t0) / 1000 };
    const same = steps.find((x) => x.table === table);
    if (same) {
      same.rows += s.rows;
      same.seconds += s.seconds;
    } else steps.push(s);
    o.onStep?.(s);
  };
  const first = o.firstFacility ?? 1;
  const R = o.residentsPerFacility;
  const departed = Math.round(R * 0.15 * o.years);
  const k = o.schedulesPerResident ?? 2;
  const overdue = o.overdueShare ?? 0.07;
  const names = nameParts();
  const hash = await hashPassword(BENCH_PASSWORD);
  const caretakers = new Map<number, string>();
  const facilityIds = new Map<number, string>();
  const caretakerId = (n: number): string => caretakers.get(n) ?? '';
  await client.query(`SELECT setseed(0.2026)`);
  await client.query(`SET synchronous_commit = off`);

  for (let n = first; n < first + o.facilities; n++) {
    const code = facilityCode(n);
    const ins = await client.query<{ id: string }>(
      `INSERT INTO facility (code, name, governing_body, facility_type, province_code, province_name, address,
                             phone, capacity, report_recipient, director_name, version)
       VALUES ($1, $2, 'Sở Y tế TP. Hồ Chí Minh', 'general', '79', 'TP. Hồ Chí Minh', $3, '028 3800 0000',
               $4, 'Sở Y tế TP. Hồ Chí Minh', 'Nguyễn Văn Giám', 1) RETURNING id`,
      [code, `Trung tâm Bảo trợ xã hội số ${n}`, `${n} Đường Số ${n}, phường Bench`, R + 60],
    );
    const f = ins.rows[0].id;
    const users = await client.query<{ id: string; role: string }>(
      `INSERT INTO app_user (facility_id, username, full_name, role, password_hash, version)
       SELECT $1, $2 || '_' || r, 'Cán bộ ' || r, r::user_role, $3, 1
         FROM unnest(ARRAY['admin','social_worker','nurse','caretaker']) r RETURNING id, role`,
      [f, `b${String(n).padStart(2, '0')}`, hash],
    );
    caretakers.set(n, users.rows.find((u) => u.role === 'caretaker')?.id ?? '');
    await step(
      'room',
      `INSERT INTO room (facility_id, code, name, building, area_m2, beds, care_level, version)
       SELECT $1, 'P' || CASE WHEN k < 1000 THEN lpad(k::text, 3, '0') ELSE k::text END, 'Phòng ' || k, 'Nhà ' || chr(65 + (k - 1) / 20), 48, 6,
              CASE WHEN k % 5 = 0 THEN 'intensive' ELSE 'standard' END::room_care_level, 1
         FROM generate_series(1, ceil($2 / 6.0)::int) k`,
      [f, R],
    );
    await step(
      'resident',
      `INSERT INTO resident (facility_id, code, full_name, search_name, sort_name, date_of_birth, sex, ethnicity_code,
                             categories, mobility, needs24h_care, disability_level, room_id, bed, status,
                             admission_type, admitted_on, version)
       SELECT $1, $2::text || '-' || lpad(g.i::text, 6, '0'),
              x.fam || ' ' || x.mid || ' ' || x.giv,
              x.famf || ' ' || x.midf || ' ' || x.givf,
              x.givf || ' ' || x.famf || ' ' || x.midf || ' ' || x.givf,
              current_date - x.age_days, x.sex, x.eth, p.cats, p.mobility, p.needs24h, p.disability_level,
              CASE WHEN g.departed THEN NULL ELSE room.id END,
              CASE WHEN g.departed THEN NULL ELSE (1 + (g.i - 1) % 6)::text END,
              (CASE WHEN NOT g.departed THEN 'active'
                    WHEN g.pidx BETWEEN 48 AND 79 AND g.r5 < 0.35 THEN 'deceased' ELSE 'discharged' END)::resident_status,
              p.admission_type::admission_type,
              CASE WHEN g.departed
                   THEN current_date - 60 - floor(g.r4 * least($5::numeric * 365, greatest(0, x.age_days - 70)))::int
                   ELSE current_date - 1 - floor(g.r4 * least(6 * 365, x.age_days - 10))::int END,
              1
         FROM (SELECT i, i > $3::int AS departed, random() AS r1, random() AS r2, random() AS r3, random() AS r4,
                      random() AS r5, random() AS r6, random() AS r7,
                      CASE WHEN i <= $3 THEN ((i - 1) * 100) / $3 ELSE 5 + floor(random() * 95)::int END AS pidx
                 FROM generate_series(1, $3::int + $4::int) i) g
         JOIN ${PROFILES} ON g.pidx BETWEEN p.lo AND p.hi
         CROSS JOIN LATERAL (
           SELECT s.sex,
                  CASE WHEN g.r6 < 0.7 THEN '01' ELSE (ARRAY['02','03','06','08','29'])[1 + floor(g.r7 * 5)::int] END AS eth,
                  ((p.age_min + floor(g.r1 * (p.age_max - p.age_min + 1))) * 365.25 + 20 + floor(g.r2 * 300))::int AS age_days,
                  ($6::text[])[1 + floor(g.r3 * array_length($6::text[], 1))::int] AS fam,
                  ($7::text[])[1 + floor(g.r3 * array_length($7::text[], 1))::int] AS famf,
                  CASE WHEN s.sex = 'male' THEN ($8::text[])[1 + (g.i % array_length($8::text[], 1))] ELSE ($10::text[])[1 + (g.i % array_length($10::text[], 1))] END AS mid,
                  CASE WHEN s.sex = 'male' THEN ($9::text[])[1 + (g.i % array_length($9::text[], 1))] ELSE ($11::text[])[1 + (g.i % array_length($11::text[], 1))] END AS midf,
                  CASE WHEN s.sex = 'male' THEN ($12::text[])[1 + floor(g.r5 * array_length($12::text[], 1))::int] ELSE ($14::text[])[1 + floor(g.r5 * array_length($14::text[], 1))::int] END AS giv,
                  CASE WHEN s.sex = 'male' THEN ($13::text[])[1 + floor(g.r5 * array_length($13::text[], 1))::int] ELSE ($15::text[])[1 + floor(g.r5 * array_length($15::text[], 1))::int] END AS givf
             FROM (SELECT CASE WHEN p.sex = 'mixed' THEN (CASE WHEN g.r7 < 0.5 THEN 'male' ELSE 'female' END) ELSE p.sex END AS sex) s
         ) x
         LEFT JOIN room ON room.facility_id = $1 AND NOT g.departed
                       AND room.code = 'P' || CASE WHEN (g.i - 1) / 6 + 1 < 1000 THEN lpad((((g.i - 1) / 6) + 1)::text, 3, '0') ELSE (((g.i - 1) / 6) + 1)::text END`,
      [
        f,
        code,
        R,
        departed,
        o.years,
        names.family,
        names.familyFolded,
        names.middleMale,
        names.middleMaleFolded,
        names.middleFemale,
        names.middleFemaleFolded,
        names.givenMale,
        names.givenMaleFolded,
        names.givenFemale,
        names.givenFemaleFolded,
      ],
    );
    await step(
      'admission',
      `INSERT INTO admission (facility_id, resident_id, type, admitted_on, decision_no, decision_date, dossier_present)
       SELECT facility_id, id, admission_type, admitted_on, 'QĐ-' || code, admitted_on,
              ARRAY['declaration_mau07','birth_certificate','commune_request','admission_decision']::varchar[]
         FROM resident WHERE facility_id = $1`,
      [f],
    );
    // fresh statistics first: with the tables' "empty" estimates the planner joins the facility's
    // residents and admissions by nested loops over both, quadratic (1 M schedules took 376 s to load)
    await client.query('ANALYZE resident, admission');
    await client.query(
      `UPDATE resident r SET current_admission_id = a.id FROM admission a
        WHERE a.resident_id = r.id AND r.facility_id = $1 AND a.facility_id = $1`,
      [f],
    );
    await step(
      'resident_sensitive',
      `INSERT INTO resident_sensitive (resident_id, facility_id, hiv_status, version)
       SELECT id, facility_id, CASE WHEN 'k1_child_hiv' = ANY(categories) THEN 'positive' ELSE 'negative' END, 1
         FROM resident WHERE facility_id = $1`,
      [f],
    );
    await step(
      'resident_event',
      `INSERT INTO resident_event (facility_id, resident_id, kind, event_date, details)
       SELECT facility_id, id, 'admitted', admitted_on,
              jsonb_build_object('admissionId', current_admission_id, 'type', admission_type)
         FROM resident WHERE facility_id = $1`,
      [f],
    );
    await step(
      'discharge',
      `INSERT INTO discharge (facility_id, resident_id, admission_id, ground, requested_on, decision_no, decision_date,
                              effective_on, died_on, funeral_support_vnd, destination)
       SELECT facility_id, id, current_admission_id, ground, eff - 7, 'QĐ-RA-' || code, eff - 3, eff,
              CASE WHEN ground = 'death' THEN eff END, CASE WHEN ground = 'death' THEN 25000000 END,
              CASE WHEN ground = 'death' THEN NULL ELSE jsonb_build_object('kind', 'family', 'address', 'Xã Bench') END
         FROM (SELECT r.*, r.admitted_on + 30 + floor(random() * greatest(1, current_date - r.admitted_on - 31))::int AS eff,
                      CASE WHEN r.status = 'deceased' THEN 'death'
                           WHEN 'k5_voluntary' = ANY(r.categories) THEN 'contract_ended'
                           WHEN r.date_of_birth > current_date - 6570 THEN (ARRAY['family_request','adopted','case_closed'])[1 + floor(random() * 3)::int]
                           ELSE (ARRAY['family_request','own_request','case_closed'])[1 + floor(random() * 3)::int] END AS ground
                 FROM resident r WHERE r.facility_id = $1 AND r.status IN ('discharged', 'deceased')) x`,
      [f],
    );
    await step(
      'resident_event',
      `INSERT INTO resident_event (facility_id, resident_id, kind, event_date, details)
       SELECT facility_id, resident_id, CASE WHEN ground = 'death' THEN 'died' ELSE 'discharged' END,
              effective_on, jsonb_build_object('dischargeId', id, 'ground', ground)
         FROM discharge WHERE facility_id = $1`,
      [f],
    );
    await step(
      'health_schedule',
      `INSERT INTO health_schedule (facility_id, resident_id, kind, interval_months, last_done_on, next_due_on,
                                    grace_days, active, version)
       SELECT facility_id, id, kind::health_schedule_kind, months, last_done, (last_done + make_interval(months => months))::date,
              0, active, 1
         FROM (SELECT r.facility_id, r.id, r.status IN ('active', 'on_leave') AS active,
                      ${SCHEDULE_KINDS}[1 + (j - 1) % 10] AS kind, ${SCHEDULE_MONTHS}[1 + (j - 1) % 10] AS months,
                      CASE WHEN random() < $3
                           THEN current_date - (${SCHEDULE_MONTHS}[1 + (j - 1) % 10] * 31 + 1 + floor(random() * 60)::int)
                           ELSE current_date - floor(random() * ${SCHEDULE_MONTHS}[1 + (j - 1) % 10] * 28)::int END AS last_done
                 FROM resident r CROSS JOIN generate_series(1, $2) j WHERE r.facility_id = $1) s`,
      [f, k, overdue],
    );
    await step(
      'health_schedule',
      `INSERT INTO health_schedule (facility_id, resident_id, kind, interval_months, last_done_on, next_due_on, active, version)
       SELECT facility_id, id, 'hiv_monitoring', 6, d, (d + interval '6 months')::date, status = 'active', 1
         FROM (SELECT r.*, current_date - floor(random() * 170)::int AS d FROM resident r
                WHERE r.facility_id = $1 AND 'k1_child_hiv' = ANY(r.categories)) x`,
      [f],
    );
    if (o.schedulesOnly) continue;
    const windowStart = `current_date - ${Math.round(o.years * 365)}`;
    await step(
      'health_check',
      `INSERT INTO health_check (facility_id, resident_id, kind, examined_on, weight_kg, height_cm, temperature_c, pulse,
                                 findings, diagnoses, examiner, version)
       SELECT r.facility_id, r.id,
              CASE WHEN extract(month FROM d) < 7 THEN 'periodic_exam' ELSE 'annual_exam' END::health_schedule_kind,
              d::date, round((35 + random() * 30)::numeric, 2), round((140 + random() * 30)::numeric, 1),
              36.6, 70 + floor(random() * 20)::int, 'Sức khỏe ổn định', '[]'::jsonb, 'BS. Trần Thị Hạnh', 1
         FROM resident r LEFT JOIN discharge dc ON dc.resident_id = r.id
        CROSS JOIN LATERAL generate_series(greatest(r.admitted_on, ${windowStart}) + 10,
                                           coalesce(dc.effective_on, current_date) - 1, interval '6 months') d
        WHERE r.facility_id = $1`,
      [f],
    );
    await step(
      'vaccination',
      `INSERT INTO vaccination (facility_id, resident_id, vaccine_code, dose_no, given_on, place, given_by)
       SELECT r.facility_id, r.id, v, 1, greatest(r.date_of_birth, r.admitted_on) + 1, 'Trạm y tế phường', 'Điều dưỡng'
         FROM resident r CROSS JOIN unnest(ARRAY['BCG', 'HEPB']) v
        WHERE r.facility_id = $1 AND r.status = 'active' AND r.date_of_birth > current_date - 730`,
      [f],
    );
    await step(
      'enrollment',
      `INSERT INTO enrollment (facility_id, resident_id, school_year, level, grade, school_name, school_commune,
                               start_date, end_date, status, version)
       SELECT r.facility_id, r.id, y || '-' || (y + 1),
              (CASE WHEN a.age < 6 THEN 'nursery' WHEN a.age <= 10 THEN 'primary'
                    WHEN a.age <= 14 THEN 'lower_secondary' ELSE 'upper_secondary' END)::school_level,
              CASE WHEN a.age < 6 THEN NULL ELSE a.age - 5 END,
              'Trường công lập phường Bench', 'Phường Bench', make_date(y, 9, 5),
              CASE WHEN y < $2::int THEN make_date(y + 1, 5, 31) END,
              (CASE WHEN y < $2::int THEN 'completed' ELSE 'studying' END)::enrollment_status, 1
         FROM resident r LEFT JOIN discharge dc ON dc.resident_id = r.id
        CROSS JOIN generate_series($2::int - $3::int, $2::int) y
        CROSS JOIN LATERAL (SELECT y - extract(year FROM r.date_of_birth)::int AS age) a
        WHERE r.facility_id = $1 AND r.date_of_birth IS NOT NULL AND a.age BETWEEN 3 AND 17
          AND r.admitted_on <= make_date(y, 9, 5) AND coalesce(dc.effective_on, current_date + 1) > make_date(y, 9, 5)`,
      [f, currentSchoolYear(), Math.max(0, Math.ceil(o.years) - 1)],
    );
    await step(
      'follow_up',
      `INSERT INTO follow_up (facility_id, discharge_id, resident_id, due_on, done_on, method, risk_level, notes, version)
       SELECT d.facility_id, d.id, d.resident_id, due, CASE WHEN due + 3 < current_date THEN due + 3 END,
              CASE WHEN due + 3 < current_date THEN 'visit' END, CASE WHEN due + 3 < current_date THEN 'low' END,
              NULL, 1
         FROM discharge d CROSS JOIN LATERAL (SELECT (d.effective_on + make_interval(months => m))::date AS due
                                               FROM unnest(ARRAY[1, 3, 6]) m) x
        WHERE d.facility_id = $1 AND d.ground <> 'death'`,
      [f],
    );
    facilityIds.set(n, f);
  }
  if (!o.schedulesOnly && facilityIds.size > 0) {
    // Bulk load: the table's indexes and keys are dropped and rebuilt afterwards (much faster than
    // maintaining them row by row); the rebuilt ones are exactly the migration's.
    const windowStart = `current_date - ${Math.round(o.years * 365)}`;
    const restore = await dropIndexes(client, 'daily_record');
    for (const [n, f] of facilityIds) {
      await step(
        'daily_record',
        `INSERT INTO daily_record (facility_id, resident_id, record_date, shift, meals, fluids_ml, sleep, sleep_hours, mood,
                                   hygiene, toileting, temperature_c, notes, handover, created_by, version)
         SELECT r.facility_id, r.id, d::date, sh.shift,
                CASE sh.shift
                  WHEN 'morning' THEN (CASE WHEN x.m < 0.85 THEN '[{"meal":"breakfast","intake":"full"},{"meal":"lunch","intake":"full"}]'
                                            WHEN x.m < 0.97 THEN '[{"meal":"breakfast","intake":"partial","note":"Ăn nửa bát cháo"},{"meal":"lunch","intake":"full"}]'
                                            ELSE '[{"meal":"breakfast","intake":"refused"},{"meal":"lunch","intake":"partial"}]' END)::jsonb
                  WHEN 'afternoon' THEN (CASE WHEN x.m < 0.9 THEN '[{"meal":"dinner","intake":"full"}]'
                                              WHEN x.m < 0.98 THEN '[{"meal":"dinner","intake":"partial"}]'
                                              ELSE '[{"meal":"dinner","intake":"refused"}]' END)::jsonb
                  ELSE '[]'::jsonb END,
                CASE WHEN sh.shift = 'night' THEN NULL ELSE 600 + (x.m * 600)::int END,
                CASE WHEN sh.shift = 'night' THEN (CASE WHEN x.m < 0.8 THEN 'good' ELSE 'restless' END) END,
                CASE WHEN sh.shift = 'night' THEN 7.5 END,
                (ARRAY['calm','calm','calm','happy','sad','anxious'])[1 + floor(x.m * 6)::int],
                CASE WHEN r.mobility = 'independent' THEN 'independent' ELSE 'assisted' END,
                'normal',
                CASE WHEN sh.shift = 'morning' THEN 36.6 END,
                CASE WHEN x.m > 0.95 THEN 'Ho nhẹ, theo dõi thêm' END,
                false, $2, 1
           FROM resident r LEFT JOIN discharge dc ON dc.resident_id = r.id
          CROSS JOIN LATERAL generate_series(greatest(r.admitted_on, ${windowStart}),
                                             least(coalesce(dc.effective_on - 1, current_date), current_date - $3::int),
                                             interval '1 day') d
          CROSS JOIN (VALUES ('morning'), ('afternoon'), ('night')) sh(shift)
          CROSS JOIN LATERAL (SELECT random() + 0 * extract(day FROM d) AS m) x
          WHERE r.facility_id = $1`,
        [f, caretakerId(n), o.dailyRecordGapDays ?? 20],
      );
    }
    const t1 = Date.now();
    for (const sql of restore) await client.query(sql);
    steps.push({ table: 'daily_record indexes', rows: 0, seconds: (Date.now() - t1) / 1000 });
    o.onStep?.(steps[steps.length - 1]);
  }
  const officer = `b${String(first).padStart(2, '0')}_officer`;
  await client.query(
    `INSERT INTO app_user (province_code, username, full_name, role, password_hash, version)
     VALUES ('79', $1, 'Chuyên viên Sở', 'officer', $2, 1) ON CONFLICT (username) DO NOTHING`,
    [officer, hash],
  );
  const total = steps.reduce((a, s) => a + s.rows, 0);
  return { steps, seconds: (Date.now() - started) / 1000, rows: total };
}

/** The school year in progress today: it starts in September. */
export function currentSchoolYear(today = new Date()): number {
  return today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
}

/**
 * Drops a table's keys and indexes and returns the statements that recreate them (unique and
 * primary keys, foreign keys, plain indexes), in that order.
 */
async function dropIndexes(client: Client, table: string): Promise<string[]> {
  const cons = await client.query<{ name: string; def: string; type: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def, contype AS type FROM pg_constraint
      WHERE conrelid = $1::regclass AND contype IN ('p', 'u', 'f') ORDER BY contype = 'f' DESC`,
    [table],
  );
  const idx = await client.query<{ name: string; def: string }>(
    `SELECT indexname AS name, indexdef AS def FROM pg_indexes
      WHERE schemaname = 'public' AND tablename = $1
        AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = $1::regclass)`,
    [table],
  );
  for (const c of cons.rows) await client.query(`ALTER TABLE ${table} DROP CONSTRAINT "${c.name}"`);
  for (const i of idx.rows) await client.query(`DROP INDEX "${i.name}"`);
  return [
    ...cons.rows
      .filter((c) => c.type !== 'f')
      .map((c) => `ALTER TABLE ${table} ADD CONSTRAINT "${c.name}" ${c.def}`),
    ...idx.rows.map((i) => i.def),
    ...cons.rows
      .filter((c) => c.type === 'f')
      .map((c) => `ALTER TABLE ${table} ADD CONSTRAINT "${c.name}" ${c.def}`),
  ];
}
