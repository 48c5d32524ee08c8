import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { addDays, addMonths, ageOn, daysBetween, parseIsoDate, todayIn } from '../calendar/dates';
import type { IncidentKind, IncidentSeverity } from '../daily-care/care.enums';
import { IncidentsService } from '../daily-care/incidents.service';
import { raiseRefusedMealAlerts } from '../daily-care/meal-alerts';
import { rdaEnergyKcal } from '../nutrition/energy-needs';
import { growthAlertText } from '../nutrition/flag-words';
import { assessGrowth, lmsValue } from '../nutrition/growth/z-scores';
import { lmsAt, whoTables, type SexCode, type TableName } from '../nutrition/growth/who-tables';
import { Measurement } from '../nutrition/measurement.entity';
import { NutritionPlan } from '../nutrition/nutrition-plan.entity';
import type { DietType, Texture } from '../nutrition/nutrition.enums';
import type { ResidentCategory } from '../residents/model/categories';
import type { Sex } from '../residents/model/resident.enums';
import { User } from '../users/user.entity';
import { birthDateSql } from '../residents/model/birth-date';

interface DemoResident {
  id: string;
  code: string;
  sex: Sex;
  born: string;
  admitted_on: string;
  categories: ResidentCategory[];
  mobility: string;
}

const actorOf = (user: User, role: Role, facilityId: string): FacilityActor => ({
  id: user.id,
  username: user.username,
  role,
  facilityId,
  provinceCode: null,
  requestId: 'demo-seed',
  ip: null,
});

function dietOf(r: DemoResident, age: number): { dietType: DietType; texture: Texture } {
  if (age < 1) return { dietType: 'infant_formula', texture: 'liquid' };
  // Children living with HIV, and some others, on an energy- and protein-rich diet.
  if (r.categories.includes('k1_child_hiv') || (age < 12 && r.code.endsWith('7')))
    return { dietType: 'high_energy', texture: 'regular' };
  if (r.mobility === 'bedridden') return { dietType: 'pureed', texture: 'pureed' };
  if (age >= 75) return { dietType: 'soft', texture: 'soft' };
  if (age >= 60 && r.code.endsWith('3')) return { dietType: 'low_salt', texture: 'regular' };
  return { dietType: 'normal', texture: 'regular' };
}

const DEMO_ZONE = 'Asia/Ho_Chi_Minh';

/** The hour (0–23) on the clock of a time zone now. */
function hourIn(timeZone: string, now: Date = new Date()): number {
  return Number(
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(now),
  );
}

/**
 * A year of the caretakers' and nurse's work for the demo register: nutrition plans, daily
 * records of every shift (set-based: one INSERT … SELECT), monthly measurements with growth
 * screening (two children below −2 z), a few incidents, and the alerts they raise.
 */
export async function seedDemoCare(
  app: INestApplicationContext,
  facilityId: string,
): Promise<void> {
  const ds = app.get(DataSource);
  const carer = await ds.getRepository(User).findOneByOrFail({ facilityId, role: Role.Caretaker });
  const nurse = await ds.getRepository(User).findOneByOrFail({ facilityId, role: Role.Nurse });
  const today = todayIn(DEMO_ZONE);
  const residents: DemoResident[] = await ds.query(
    `SELECT id, code, sex, to_char(${birthDateSql('resident')}, 'YYYY-MM-DD') AS born,
            to_char(admitted_on, 'YYYY-MM-DD') AS admitted_on, categories, mobility
       FROM resident WHERE facility_id = $1 AND status IN ('active', 'on_leave') ORDER BY code`,
    [facilityId],
  );

  await ds.transaction(async (manager) => {
    // Nutrition plans: one version for everyone, a second one for every fifth resident.
    const plans: Partial<NutritionPlan>[] = [];
    residents.forEach((r, i) => {
      const age = ageOn(r.born, today);
      const rda = rdaEnergyKcal(r.born, r.sex, today);
      const base = {
        facilityId,
        residentId: r.id,
        ...dietOf(r, age),
        allergies:
          i % 9 === 2
            ? [
                {
                  substance: 'Tôm',
                  kind: 'allergy' as const,
                  severity: 'moderate' as const,
                  reaction: 'Nổi mẩn',
                },
              ]
            : i % 13 === 5
              ? [
                  {
                    substance: 'Sữa bò',
                    kind: 'intolerance' as const,
                    severity: null,
                    reaction: 'Đau bụng',
                  },
                ]
              : [],
        mealsPerDay: age < 1 ? 8 : age < 6 ? 5 : 3,
        energyKcal: rda ?? 650,
        energyKcalRda: rda,
        supplements: age < 6 ? ['Sữa bổ sung 200 ml/ngày'] : [],
        notes: null,
        createdBy: nurse.id,
      };
      if (i % 5 === 0) {
        plans.push({
          ...base,
          version: 1,
          dietType: 'normal',
          texture: 'regular',
          supersededAt: parseIsoDate(addDays(today, -90)),
        });
        plans.push({
          ...base,
          version: 2,
          supersededAt: null,
          notes: 'Điều chỉnh sau khám định kỳ',
        });
      } else {
        plans.push({ ...base, version: 1, supersededAt: null });
      }
    });
    await manager.insert(NutritionPlan, plans);

    // A year of daily records: every shift that has ended (morning 06–14, afternoon 14–22, night
    // 22–06, by the facility's clock now) of every day since admission, so the current round and
    // the later ones are still to do. Meals are mostly eaten; a deterministic hash of (resident,
    // day, shift) makes some partial, refused or not served. The medication of a shift is not
    // written here: the record answers it from the medication round (demo-medication.ts).
    await manager.query(
      `WITH base AS (
         SELECT r.id AS resident_id, d::date AS day, s.shift,
                abs(hashtext(r.id::text || d::date || s.shift)) % 1000 AS h
           FROM resident r
           CROSS JOIN generate_series($2::date - 364, $2::date, interval '1 day') AS d
           CROSS JOIN (VALUES ('morning'), ('afternoon'), ('night')) AS s(shift)
          WHERE r.facility_id = $1 AND r.status IN ('active', 'on_leave') AND d::date >= r.admitted_on
            AND (d::date < $2::date - 1
                 OR (d::date = $2::date - 1 AND (s.shift <> 'night' OR $4::int >= 6))
                 OR (d::date = $2::date AND ((s.shift = 'morning' AND $4::int >= 14)
                                             OR (s.shift = 'afternoon' AND $4::int >= 22)))))
       INSERT INTO daily_record (facility_id, resident_id, record_date, shift, meals, fluids_ml, sleep, mood,
                                 hygiene, toileting, temperature_c, notes, handover,
                                 handover_message, created_by, version)
       SELECT $1, resident_id, day, shift,
              CASE shift
                WHEN 'morning' THEN jsonb_build_array(
                  jsonb_build_object('meal', 'breakfast', 'intake', CASE WHEN h < 40 THEN 'refused' WHEN h < 140 THEN 'partial' ELSE 'full' END, 'note', NULL),
                  jsonb_build_object('meal', 'lunch', 'intake', CASE WHEN h % 97 < 3 THEN 'refused' WHEN h % 97 < 12 THEN 'partial' ELSE 'full' END, 'note', NULL))
                WHEN 'afternoon' THEN jsonb_build_array(
                  jsonb_build_object('meal', 'snack', 'intake', CASE WHEN h < 8 THEN 'not_served' ELSE 'full' END, 'note', NULL),
                  jsonb_build_object('meal', 'dinner', 'intake', CASE WHEN h < 35 THEN 'refused' WHEN h < 120 THEN 'partial' ELSE 'full' END, 'note', NULL))
                ELSE '[]'::jsonb END,
              CASE WHEN shift = 'night' THEN NULL ELSE 500 + h % 500 END,
              CASE WHEN shift = 'night' THEN (CASE WHEN h < 60 THEN 'restless' ELSE 'good' END) END,
              (ARRAY['calm', 'calm', 'happy', 'calm', 'sad', 'calm', 'anxious', 'happy'])[1 + h % 8],
              CASE WHEN shift = 'morning' THEN (CASE WHEN h % 3 = 0 THEN 'assisted' ELSE 'independent' END) END,
              'normal',
              CASE WHEN h % 7 = 0 THEN 36.5 + (h % 9) / 10.0 END,
              NULL,
              h < 25,
              CASE WHEN h < 25 THEN 'Theo dõi thêm: ăn ít, hỏi lại điều dưỡng' END,
              $3, 1
         FROM base`,
      [facilityId, today, carer.id, hourIn(DEMO_ZONE)],
    );
    await raiseRefusedMealAlerts(
      manager,
      facilityId,
      residents.map((r) => r.id),
      today,
    );

    // Monthly measurements: each person keeps a z-score track; two children are below −2.
    const rows: Partial<Measurement>[] = [];
    let childIndex = 0;
    for (const [i, r] of residents.entries()) {
      const sex: SexCode = r.sex === 'male' ? 1 : 2;
      const isChild = ageOn(r.born, today) < 18;
      const poor = isChild && childIndex++ % 17 === 3;
      const zh = poor ? -2.6 : -1 + ((i * 37) % 20) / 10;
      const zb = poor ? -2.3 : -1 + ((i * 53) % 20) / 10;
      for (let m = 11; m >= 0; m--) {
        const on = addMonths(today, -m);
        if (on < r.admitted_on) continue;
        const ageDays = daysBetween(r.born, on);
        const months = ageDays / 30.4375;
        let heightCm: number;
        let weightKg: number;
        if (months < 228) {
          const at = (table: TableName, key: number, z: number) => {
            const lms = lmsAt(whoTables()[table][sex], key);
            return lms ? lmsValue(z, lms) : null;
          };
          const h = months < 60 ? at('lhfa', ageDays, zh) : at('hfa2007', months, zh);
          const bmi = months < 60 ? at('bfa', ageDays, zb) : at('bfa2007', months, zb);
          if (h === null || bmi === null) continue;
          heightCm = Math.round(h * 10) / 10;
          weightKg = Math.round(bmi * (heightCm / 100) ** 2 * 10) / 10;
        } else {
          heightCm = (r.sex === 'male' ? 160 : 150) + (i % 10);
          weightKg = Math.round(((r.sex === 'male' ? 55 : 47) + (i % 9) - (m % 3) * 0.4) * 10) / 10;
        }
        const growth = assessGrowth({
          sex: r.sex,
          ageDays,
          weightKg,
          heightCm,
          position: null,
          muacCm: null,
          headCircumferenceCm: null,
        });
        rows.push({
          facilityId,
          residentId: r.id,
          measuredOn: on,
          weightKg,
          heightCm,
          position: null,
          muacCm: null,
          headCircumferenceCm: null,
          ageDays,
          ageEstimated: false,
          growth,
          flags: [...growth.flags],
          note: null,
          createdBy: nurse.id,
        });
      }
    }
    await manager.insert(Measurement, rows);
    // The nurse's alerts: the flags of each person's latest measurement.
    const alerts = app.get(AlertsService);
    const flagged: {
      id: string;
      resident_id: string;
      measured_on: string;
      flags: string[];
      code: string;
      full_name: string;
    }[] = await manager.query(
      `SELECT DISTINCT ON (m.resident_id) m.id, m.resident_id, to_char(m.measured_on, 'YYYY-MM-DD') AS measured_on,
                m.flags, r.code, r.full_name
           FROM measurement m JOIN resident r ON r.id = m.resident_id
          WHERE m.facility_id = $1
          ORDER BY m.resident_id, m.measured_on DESC`,
      [facilityId],
    );
    for (const f of flagged.filter((x) => x.flags.length > 0)) {
      await alerts.raise(manager, {
        facilityId,
        residentId: f.resident_id,
        kind: 'growth_flag',
        sourceType: 'measurement',
        sourceId: f.id,
        dueOn: f.measured_on,
        ...growthAlertText(`${f.code} ${f.full_name}`, f.flags, f.measured_on),
      });
    }
  });

  // A few incidents, through the service: its rules, its audit entries, its alerts.
  const incidents = app.get(IncidentsService);
  const demo: [number, IncidentKind, IncidentSeverity, number, string, string][] = [
    [1, 'fall', 'minor', 200, 'Sân chơi', 'Ngã khi chạy, trầy khuỷu tay'],
    [4, 'illness', 'moderate', 120, 'Phòng ngủ', 'Sốt 38,5 độ, ho'],
    [7, 'aggression', 'minor', 75, 'Nhà ăn', 'Xô xát với bạn cùng phòng'],
    [10, 'fall', 'moderate', 40, 'Nhà vệ sinh', 'Trượt ngã, đau hông'],
    [13, 'running_away', 'serious', 12, 'Cổng trung tâm', 'Tự ý rời trung tâm, tìm thấy sau 3 giờ'],
  ];
  const carerActor = actorOf(carer, Role.Caretaker, facilityId);
  for (const [index, kind, severity, daysAgo, place, description] of demo) {
    const r = residents[index % residents.length];
    if (!r || addDays(today, -daysAgo) < r.admitted_on) continue;
    await incidents.create(carerActor, r.id, {
      kind,
      severity,
      occurredAt: `${addDays(today, -daysAgo)}T09:30:00+07:00`,
      place,
      description,
      actionTaken: 'Sơ cứu, báo điều dưỡng và giám đốc',
      informed: ['Điều dưỡng trực', 'Giám đốc trung tâm'],
    });
  }
}
