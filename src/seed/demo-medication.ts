import type { INestApplicationContext } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { addDays, todayIn } from '../calendar/dates';
import { Role } from '../identity/role';
import { staffingRows } from '../staffing/staffing.queries';
import { birthDateSql } from '../residents/model/birth-date';

const ZONE = 'Asia/Ho_Chi_Minh';

/** Caretakers of the rota besides the demo `carer` (fictional people). */
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const GIVEN = ['Thị Mai', 'Thị Hoa', 'Văn Nam', 'Thị Thu', 'Thị Hằng', 'Văn Tùng', 'Thị Lan Anh'];

interface Rx {
  medicine_name: string;
  strength: string | null;
  form: string;
  dose: string;
  route: string;
  times: string[];
  as_needed: boolean;
  prn_reason: string | null;
  max_per24h: number | null;
  indication: string | null;
  sensitive: boolean;
  caretaker_label: string | null;
  instructions: string | null;
}

const rx = (over: Partial<Rx> & Pick<Rx, 'medicine_name' | 'times'>): Rx => ({
  strength: null,
  form: 'tablet',
  dose: '1 viên',
  route: 'oral',
  as_needed: false,
  prn_reason: null,
  max_per24h: null,
  indication: null,
  sensitive: false,
  caretaker_label: null,
  instructions: 'Uống sau ăn',
  ...over,
});

/**
 * A week of medication and staffing for the demo centre: prescriptions (antiretrovirals behind a
 * caretaker label for the HIV-positive children, psychiatric and epilepsy medicines, blood
 * pressure and diabetes for the elderly, iron syrup, as-needed paracetamol), the doses of the
 * last seven days recorded (a few refused, one resident refusing three in a row, some held), the
 * rota of those days plus tomorrow with as many caretakers as TT 33/2017 requires except tonight's
 * shift (one short), and medicine purchases of this month and the last.
 */
export async function seedDemoMedication(
  app: INestApplicationContext,
  facilityId: string,
): Promise<void> {
  const ds = app.get(DataSource);
  const today = todayIn(ZONE);
  await ds.transaction(async (manager) => {
    const [nurse] = await manager.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE facility_id = $1 AND username = 'nurse'`,
      [facilityId],
    );
    if (!nurse) return;
    await seedPrescriptions(manager, facilityId, nurse.id, today);
    await seedDoses(manager, facilityId, today);
    await seedRota(manager, facilityId, today);
    await manager.query(
      `INSERT INTO medicine_purchase (facility_id, purchased_on, description, supplier, invoice_number, amount_vnd, created_by, version)
       VALUES ($1, $3::date - 35, 'Paracetamol 500 mg (20 hộp), siro ho trẻ em (12 chai), oresol (5 hộp)', 'Nhà thuốc Minh Châu', 'HĐ 0004512', 2350000, $2, 1),
              ($1, $3::date - 20, 'Thuốc huyết áp, tiểu đường cho người cao tuổi (1 tháng)', 'Công ty Dược phẩm Hưng Yên', 'HĐ 0004601', 3120000, $2, 1),
              ($1, $3::date - 3, 'Sắt và vitamin cho trẻ (siro), thuốc nhỏ mắt, bông băng', 'Nhà thuốc Minh Châu', 'HĐ 0004688', 1480000, $2, 1)`,
      [facilityId, nurse.id, today],
    );
  });
}

async function seedPrescriptions(
  manager: EntityManager,
  facilityId: string,
  nurseId: string,
  today: string,
): Promise<void> {
  const residents = await manager.query<
    { id: string; age: number; hiv: boolean; bedridden: boolean; code: string }[]
  >(
    `SELECT r.id, r.code, date_part('year', age($2::date, ${birthDateSql('r')}))::int AS age,
            coalesce(s.hiv_status = 'positive', false) AS hiv, r.mobility = 'bedridden' AS bedridden
       FROM resident r LEFT JOIN resident_sensitive s ON s.resident_id = r.id
      WHERE r.facility_id = $1 AND r.status = 'active' ORDER BY r.code`,
    [facilityId, today],
  );
  const rows: (Rx & { resident_id: string })[] = [];
  residents.forEach((r, i) => {
    const add = (p: Rx) => rows.push({ ...p, resident_id: r.id });
    if (r.hiv)
      add(
        rx({
          medicine_name:
            r.age < 10
              ? 'Abacavir/Lamivudine + Dolutegravir'
              : 'TLD (Tenofovir/Lamivudine/Dolutegravir)',
          times: ['21:00'],
          indication: 'Điều trị ARV',
          sensitive: true,
          caretaker_label: 'Thuốc buổi tối, túi xanh',
          instructions: 'Uống đúng giờ, không bỏ liều',
        }),
      );
    if (r.age >= 60 && i % 2 === 0)
      add(
        rx({
          medicine_name: 'Amlodipine',
          strength: '5 mg',
          times: ['07:00'],
          indication: 'Tăng huyết áp',
        }),
      );
    if (r.age >= 60 && i % 5 === 1)
      add(
        rx({
          medicine_name: 'Metformin',
          strength: '500 mg',
          times: ['07:00', '19:00'],
          indication: 'Đái tháo đường típ 2',
        }),
      );
    if (r.age >= 60 && i % 9 === 4)
      add(
        rx({
          medicine_name: 'Risperidone',
          strength: '1 mg',
          times: ['21:00'],
          indication: 'Rối loạn tâm thần',
          sensitive: true,
          caretaker_label: 'Thuốc buổi tối, túi vàng',
          instructions: null,
        }),
      );
    if (r.age >= 16 && i % 11 === 3)
      add(
        rx({
          medicine_name: 'Natri valproat',
          strength: '200 mg',
          times: ['07:00', '19:00'],
          indication: 'Động kinh',
        }),
      );
    if (r.age >= 2 && r.age < 10 && i % 4 === 0)
      add(
        rx({
          medicine_name: 'Siro sắt và vitamin',
          form: 'syrup',
          dose: '5 ml',
          times: ['07:00'],
          indication: 'Thiếu máu thiếu sắt',
        }),
      );
    if (i % 6 === 2)
      add(
        rx({
          medicine_name: 'Paracetamol',
          strength: r.age < 12 ? '250 mg' : '500 mg',
          times: [],
          as_needed: true,
          prn_reason: 'Sốt trên 38,5°C hoặc đau',
          max_per24h: 4,
          instructions: 'Cách nhau ít nhất 4 giờ',
        }),
      );
  });
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO prescription (facility_id, resident_id, medicine_name, strength, form, dose, route, times, as_needed,
                               prn_reason, max_per24h, start_date, prescriber, instructions, indication, sensitive,
                               caretaker_label, status, created_by, created_at, updated_at, version)
     SELECT $1, x.resident_id, x.medicine_name, x.strength, x.form, x.dose, x.route, x.times, x.as_needed,
            x.prn_reason, x.max_per24h, $3::date - 30, 'BS. Nguyễn Văn Hùng, Trạm y tế phường', x.instructions,
            x.indication, x.sensitive, x.caretaker_label, 'active', $2, ($3::date - 30)::timestamptz, now(), 1
       FROM jsonb_to_recordset($4::jsonb) AS x(resident_id uuid, medicine_name text, strength text, form text,
            dose text, route text, times jsonb, as_needed boolean, prn_reason text, max_per24h int,
            instructions text, indication text, sensitive boolean, caretaker_label text)`,
    [facilityId, nurseId, today, JSON.stringify(rows)],
  );
}

/**
 * The doses of the last seven days, and today's up to an hour and a half ago: given, except a
 * few refused or held (chosen by a hash, so the demo is the same every time), one resident who
 * refused the morning medicine three days in a row, and two of today's doses not recorded.
 */
async function seedDoses(manager: EntityManager, facilityId: string, today: string): Promise<void> {
  await manager.query(
    `WITH doses AS (
       SELECT p.id AS prescription_id, p.resident_id, d::date AS day, t.time,
              ((d::date + t.time::time) AT TIME ZONE 'Asia/Ho_Chi_Minh') AS due_at,
              abs(hashtext(p.id::text || d::date || t.time)) % 100 AS luck,
              p.medicine_name, p.sensitive
         FROM prescription p
        CROSS JOIN generate_series($2::date - 7, $2::date, interval '1 day') AS d
        CROSS JOIN LATERAL jsonb_array_elements_text(p.times) AS t(time)
        WHERE p.facility_id = $1 AND NOT p.as_needed
     ), refuser AS (
       SELECT id FROM prescription WHERE facility_id = $1 AND medicine_name = 'Amlodipine' ORDER BY id LIMIT 1
     ), missed AS (
       SELECT prescription_id, day, time FROM doses
        WHERE day = $2 AND due_at < now() - interval '90 minutes'
        ORDER BY prescription_id, time LIMIT 2
     )
     INSERT INTO medication_administration (facility_id, resident_id, prescription_id, prescription_version,
                                            dose_date, dose_time, outcome, reason, note, administered_at, recorded_by)
     SELECT $1, d.resident_id, d.prescription_id, 1, d.day, d.time,
            CASE WHEN d.prescription_id IN (SELECT id FROM refuser) AND d.day BETWEEN $2::date - 3 AND $2::date THEN 'refused'
                 WHEN d.luck < 4 THEN 'refused'
                 WHEN d.luck < 6 THEN 'held'
                 WHEN d.luck < 7 THEN 'not_available'
                 ELSE 'given' END,
            CASE WHEN d.luck BETWEEN 4 AND 5 AND NOT (d.prescription_id IN (SELECT id FROM refuser) AND d.day BETWEEN $2::date - 3 AND $2::date)
                 THEN 'Nôn sau bữa ăn, báo điều dưỡng' END,
            CASE WHEN d.luck < 4 THEN 'Không chịu uống, đã động viên' END,
            d.due_at + make_interval(mins => (d.luck % 20)),
            (SELECT id FROM app_user WHERE facility_id = $1 AND username = CASE WHEN d.sensitive THEN 'nurse' ELSE 'carer' END)
       FROM doses d
      WHERE d.due_at < now() - interval '90 minutes'
        AND NOT EXISTS (SELECT 1 FROM missed m WHERE m.prescription_id = d.prescription_id AND m.day = d.day AND m.time = d.time)`,
    [facilityId, today],
  );
}

/**
 * The rota of the last six days, today and tomorrow: every shift has the caretakers TT 33/2017
 * requires for the residents present, except tonight's, one short; the demo `carer` works the
 * morning shift with the first rooms and may cover the others; the nurse and the social worker
 * work mornings.
 */
async function seedRota(manager: EntityManager, facilityId: string, today: string): Promise<void> {
  const [need] = await staffingRows(manager, facilityId, today, today);
  const required = Math.max(need?.required_carers ?? 1, 1);
  const staff = await manager.query<{ id: string; username: string; password_hash: string }[]>(
    `SELECT id, username, password_hash FROM app_user WHERE facility_id = $1 AND username IN ('carer', 'nurse', 'social')`,
    [facilityId],
  );
  const carer = staff.find((u) => u.username === 'carer');
  if (!carer) return;
  const names = Array.from(
    { length: 3 * required - 1 },
    (_, i) => `${FAMILY[i % FAMILY.length]} ${GIVEN[(i * 3) % GIVEN.length]}`,
  );
  const created = await manager.query<{ id: string }[]>(
    `INSERT INTO app_user (facility_id, province_code, username, full_name, role, password_hash, version)
     SELECT $1, NULL, 'chamsoc' || lpad(n::text, 2, '0'), name, $3, $2, 1
       FROM unnest($4::text[]) WITH ORDINALITY AS x(name, n)
     RETURNING id`,
    [facilityId, carer.password_hash, Role.Caretaker, names],
  );
  const carers = [carer.id, ...created.map((c) => c.id)];
  const rooms = (
    await manager.query<{ id: string }[]>(
      `SELECT id FROM room WHERE facility_id = $1 AND active ORDER BY code`,
      [facilityId],
    )
  ).map((r) => r.id);
  // The demo caretaker's rooms include residents who take medicines, so their round shows doses.
  const medicated = (
    await manager.query<{ room_id: string }[]>(
      `SELECT r.room_id FROM prescription p JOIN resident r ON r.id = p.resident_id
        WHERE p.facility_id = $1 AND NOT p.as_needed AND r.room_id IS NOT NULL AND r.status = 'active'
        GROUP BY r.room_id ORDER BY count(*) DESC, r.room_id LIMIT 2`,
      [facilityId],
    )
  ).map((r) => r.room_id);
  const shifts = ['morning', 'afternoon', 'night'] as const;
  const rows: {
    user_id: string;
    work_date: string;
    shift: string;
    room_ids: string[];
    cover: boolean;
  }[] = [];
  for (let d = -6; d <= 1; d++) {
    const date = addDays(today, d);
    shifts.forEach((shift, s) => {
      const team = carers.slice(s * required, (s + 1) * required);
      // Tonight one caretaker is off sick and nobody was found: a short shift.
      const working = d === 0 && shift === 'night' ? team.slice(0, -1) : team;
      working.forEach((userId, k) => {
        const own = rooms.filter((_, r) => r % working.length === k);
        rows.push({
          user_id: userId,
          work_date: date,
          shift,
          room_ids:
            userId === carer.id
              ? [...new Set([...own, ...medicated])]
              : own.length > 0
                ? own
                : rooms.slice(0, 1),
          cover: userId === carer.id,
        });
      });
    });
    for (const u of staff.filter((x) => x.username !== 'carer'))
      rows.push({ user_id: u.id, work_date: date, shift: 'morning', room_ids: [], cover: false });
  }
  await manager.query(
    `INSERT INTO staff_assignment (facility_id, user_id, work_date, shift, room_ids, cover, created_by)
     SELECT $1, x.user_id, x.work_date, x.shift, x.room_ids, x.cover, $2
       FROM jsonb_to_recordset($3::jsonb) AS x(user_id uuid, work_date date, shift text, room_ids uuid[], cover boolean)`,
    [facilityId, staff.find((u) => u.username === 'nurse')?.id ?? carer.id, JSON.stringify(rows)],
  );
  await manager.query(
    `INSERT INTO rota_week (facility_id, week_start, updated_by, version)
     SELECT DISTINCT $1::uuid, work_date - (extract(isodow FROM work_date)::int - 1), $2::uuid, 1
       FROM staff_assignment WHERE facility_id = $1`,
    [facilityId, carer.id],
  );
}
