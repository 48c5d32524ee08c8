import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '../identity/role';
import { addDays, ageOn, todayIn } from '../calendar/dates';
import { HealthChecksService } from '../health/health-checks.service';
import { HealthSchedule } from '../health/health-schedule.entity';
import { ScheduleKind } from '../health/health.enums';
import { VaccinationsService } from '../health/vaccinations.service';
import { demoActor } from './demo-actor';

/** The demo's overdue tasks are days or weeks late, never more (a real centre's morning). */
export const OVERDUE_AT_MOST_DAYS = 42;

interface DemoResident {
  id: string;
  admitted_on: string;
  date_of_birth: string | null;
  birth_year: number | null;
}

/**
 * A year of health history for the demo register: check-ups done on time for most residents (a
 * few overdue, so the nurse's worklist is not empty) and children's vaccinations with some
 * missed doses. Recorded through the services, so schedules advance exactly as in real use.
 */
export async function seedDemoHealth(
  app: INestApplicationContext,
  facilityId: string,
): Promise<void> {
  const ds = app.get(DataSource);
  const checks = app.get(HealthChecksService);
  const vaccinations = app.get(VaccinationsService);
  const actor = await demoActor(ds, facilityId, Role.Nurse);
  const today = todayIn('Asia/Ho_Chi_Minh');
  const residents: DemoResident[] = await ds.query(
    `SELECT id, to_char(admitted_on, 'YYYY-MM-DD') AS admitted_on, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth, birth_year
       FROM resident WHERE facility_id = $1 AND status IN ('active', 'on_leave') ORDER BY code`,
    [facilityId],
  );
  let i = 0;
  for (const r of residents) {
    i++;
    const born = r.date_of_birth ?? `${r.birth_year}-01-01`;
    const adult = ageOn(born, today) >= 18;
    const exam = (kind: ScheduleKind, daysAgo: number) => {
      const examinedOn = addDays(today, -daysAgo);
      if (examinedOn < r.admitted_on) return Promise.resolve(null);
      return checks.create(actor, r.id, {
        kind,
        examinedOn,
        weightKg: adult ? 45 + ((i * 7) % 20) : 6 + ageOn(born, examinedOn) * 2.5,
        heightCm: adult ? 150 + ((i * 3) % 20) : 60 + ageOn(born, examinedOn) * 6,
        temperatureC: 36.6,
        pulse: 80,
        ...(adult ? { bpSystolic: 115 + (i % 25), bpDiastolic: 72 + (i % 10) } : {}),
        findings: 'Sức khỏe ổn định',
        examiner: 'BS. Nguyễn Văn Khoa',
      });
    };
    // Every ninth resident is a few weeks overdue for the 6-monthly check-up (last seen about
    // seven months ago), every eleventh for the annual one; the others were seen recently.
    if (i % 9 === 4) {
      await exam(ScheduleKind.PeriodicExam, 200 + (i % 30));
    } else {
      await exam(ScheduleKind.PeriodicExam, 190 + (i % 20));
      await exam(ScheduleKind.PeriodicExam, 10 + ((i * 13) % 150));
    }
    await exam(ScheduleKind.AnnualExam, i % 11 === 7 ? 380 + (i % 20) : 20 + ((i * 17) % 300));

    const doses = await ds.getRepository(HealthSchedule).find({
      where: { residentId: r.id, kind: ScheduleKind.Vaccination, active: true },
      order: { nextDueOn: 'ASC' },
    });
    const recorded = new Set<string>();
    for (const dose of doses) {
      if (
        !dose.nextDueOn ||
        dose.nextDueOn > addDays(today, -14) ||
        !dose.vaccineCode ||
        !dose.doseNo
      )
        continue;
      const previous = `${dose.vaccineCode}:${dose.doseNo - 1}`;
      // Some children missed a dose lately (due within the last six weeks): the worklist and
      // the overdue job show it. An older one was caught up late, as a centre would.
      const missed =
        (i + dose.doseNo) % 5 === 0 &&
        dose.vaccineCode !== 'BCG' &&
        dose.nextDueOn >= addDays(today, -OVERDUE_AT_MOST_DAYS);
      if (missed || (dose.doseNo > 1 && !recorded.has(previous))) continue;
      const givenOn =
        addDays(dose.nextDueOn, 3) < today ? addDays(dose.nextDueOn, 3) : dose.nextDueOn;
      await vaccinations.create(actor, r.id, {
        vaccineCode: dose.vaccineCode,
        doseNo: dose.doseNo,
        givenOn,
        place: 'Trạm y tế phường Phố Hiến',
        givenBy: 'YS. Đỗ Thị Lan',
        lot: `QV-${givenOn.slice(0, 4)}-${(i * 37) % 900}`,
      });
      recorded.add(`${dose.vaccineCode}:${dose.doseNo}`);
    }
  }
}

interface LateTask {
  id: string;
  resident_id: string;
  kind: ScheduleKind;
  vaccine_code: string | null;
  dose_no: number | null;
  next_due_on: string;
  admitted_on: string;
}

/**
 * The nurse's morning after the whole demo is seeded: whoever came in after seedDemoHealth (the
 * young men of the schooling demo, the readmitted) or has a schedule it does not record (HIV
 * monitoring) had the task done when due, so nothing is months or years overdue — only the few
 * tasks left late on purpose, days or weeks ago (OVERDUE_AT_MOST_DAYS).
 */
export async function seedDemoHealthUpToDate(
  app: INestApplicationContext,
  facilityId: string,
): Promise<void> {
  const ds = app.get(DataSource);
  const checks = app.get(HealthChecksService);
  const vaccinations = app.get(VaccinationsService);
  const actor = await demoActor(ds, facilityId, Role.Nurse);
  const today = todayIn('Asia/Ho_Chi_Minh');
  // Each round does every late task once, when it fell due; the schedule moves on by its interval
  // and may still be late (a check-up of 2019 is followed by one every six months): rounds until
  // none is (a bound, for a schedule that would not move).
  for (let round = 0; round < 60; round++) {
    const late: LateTask[] = await ds.query(
      `SELECT s.id, s.resident_id, s.kind, s.vaccine_code, s.dose_no,
              to_char(s.next_due_on, 'YYYY-MM-DD') AS next_due_on, to_char(r.admitted_on, 'YYYY-MM-DD') AS admitted_on
         FROM health_schedule s JOIN resident r ON r.id = s.resident_id
        WHERE s.facility_id = $1 AND s.active AND s.next_due_on < $2::date
          AND r.status IN ('active', 'on_leave')
        ORDER BY s.next_due_on, s.id`,
      [facilityId, addDays(today, -OVERDUE_AT_MOST_DAYS)],
    );
    if (late.length === 0) break;
    for (const [n, task] of late.entries()) {
      // Done a few days after it fell due (never before the admission), within the last weeks
      // at the latest.
      let doneOn = addDays(task.next_due_on, 3 + (n % 5));
      if (doneOn < task.admitted_on) doneOn = task.admitted_on;
      if (doneOn > addDays(today, -7)) doneOn = addDays(today, -7 - (n % 20));
      if (doneOn < task.admitted_on) doneOn = task.admitted_on;
      if (task.kind === ScheduleKind.Vaccination && task.vaccine_code && task.dose_no) {
        await vaccinations.create(actor, task.resident_id, {
          vaccineCode: task.vaccine_code,
          doseNo: task.dose_no,
          givenOn: doneOn,
          place: 'Trạm y tế phường Phố Hiến',
          givenBy: 'YS. Đỗ Thị Lan',
          lot: `QV-${doneOn.slice(0, 4)}-${100 + (n % 800)}`,
        });
      } else {
        await checks.create(actor, task.resident_id, {
          kind: task.kind,
          examinedOn: doneOn,
          scheduleId: task.id,
          findings: 'Sức khỏe ổn định',
          examiner: 'BS. Nguyễn Văn Khoa',
        });
      }
    }
  }
  // A child admitted lately has its catch-up doses due on one day: the nurse gave them at one
  // visit but one (kept late, with the other few late tasks), not five rows per child late.
  const doses: LateTask[] = await ds.query(
    `SELECT s.id, s.resident_id, s.kind, s.vaccine_code, s.dose_no,
            to_char(s.next_due_on, 'YYYY-MM-DD') AS next_due_on, to_char(r.admitted_on, 'YYYY-MM-DD') AS admitted_on
       FROM health_schedule s JOIN resident r ON r.id = s.resident_id
      WHERE s.facility_id = $1 AND s.active AND s.kind = 'vaccination' AND s.next_due_on < $2::date
        AND r.status IN ('active', 'on_leave')
      ORDER BY s.resident_id, s.next_due_on, s.vaccine_code, s.dose_no`,
    [facilityId, today],
  );
  const keptLate = new Set<string>();
  for (const [n, dose] of doses.entries()) {
    if (!dose.vaccine_code || !dose.dose_no) continue;
    if (!keptLate.has(dose.resident_id)) {
      keptLate.add(dose.resident_id);
      continue;
    }
    const givenOn = dose.next_due_on < dose.admitted_on ? dose.admitted_on : dose.next_due_on;
    await vaccinations.create(actor, dose.resident_id, {
      vaccineCode: dose.vaccine_code,
      doseNo: dose.dose_no,
      givenOn,
      place: 'Trạm y tế phường Phố Hiến',
      givenBy: 'YS. Đỗ Thị Lan',
      lot: `QV-${givenOn.slice(0, 4)}-${900 + (n % 90)}`,
    });
  }
}
