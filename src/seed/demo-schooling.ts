import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { addDays, todayIn } from '../calendar/dates';
import { AdmissionType } from '../residents/model/resident.enums';
import type { EnrollmentView } from '../schooling/enrollments/enrollment.view';
import { EnrollmentsService } from '../schooling/enrollments/enrollments.service';
import type { SchoolLevel } from '../schooling/rules/levels';
import { ResultsService } from '../schooling/results/results.service';
import { RolloverService } from '../schooling/rollover/rollover.service';
import {
  closingDay,
  openingDay,
  parseSchoolYear,
  previousSchoolYear,
  schoolYearOf,
} from '../schooling/rules/school-year';
import { VocationalTrainingsService } from '../schooling/vocational/vocational-trainings.service';
import { User } from '../users/user.entity';
import {
  COMMUNE,
  CONDUCT,
  enrolment,
  LEARNING,
  max,
  min,
  placement,
  PRIMARY_YEAR,
  primaryResults,
  SCHOOLS,
  secondaryResults,
} from './demo-schooling-patterns';
import { StaysService } from '../stays/stays.service';
import { birthDateSql } from '../residents/model/birth-date';

interface Child {
  id: string;
  code: string;
  sex: 'male' | 'female';
  born: string;
  admitted_on: string;
  categories: string[];
}

const DISABLED_REASON =
  'Khuyết tật đặc biệt nặng: không đủ điều kiện đến trường; phục hồi chức năng tại trung tâm';

/**
 * Two school years of schooling for the demo centre, recorded through the services as a social
 * worker would: every school-age child enrolled last year (severely disabled ones as not enrolled,
 * with the reason) with a realistic spread of results — one pupil repeats, one student passes a
 * re-examination, one misses many days — the year rolled over, the new schools of those who
 * changed level named, this year's first-semester results once it has ended; two vocational
 * trainees (one at a vocational school, one who finished a short course and works) and one former
 * child of the centre now at university. The trainee who works and the student are admitted here:
 * the demo register has nobody of their age.
 */
export async function seedDemoSchooling(
  app: INestApplicationContext,
  facilityId: string,
): Promise<void> {
  const ds = app.get(DataSource);
  const enrollments = app.get(EnrollmentsService);
  const results = app.get(ResultsService);
  const trainings = app.get(VocationalTrainingsService);
  const rollovers = app.get(RolloverService);
  const admissions = app.get(StaysService);
  const users = ds.getRepository(User);
  const actorOf = (u: User, role: Role): FacilityActor => ({
    id: u.id,
    username: u.username,
    role,
    facilityId,
    provinceCode: null,
    requestId: 'demo-seed',
    ip: null,
  });
  const social = actorOf(
    await users.findOneByOrFail({ facilityId, role: Role.SocialWorker }),
    Role.SocialWorker,
  );
  const admin = actorOf(await users.findOneByOrFail({ facilityId, username: 'admin' }), Role.Admin);

  const today = todayIn('Asia/Ho_Chi_Minh');
  const current = schoolYearOf(today);
  const previous = previousSchoolYear(current);
  const currentEnd = parseSchoolYear(current)?.end ?? 0;
  const previousEnd = currentEnd - 1;

  /** A free bed of the room: its lowest number no present resident sleeps in. */
  const freeBedIn = async (code: string): Promise<{ roomId?: string; bed?: string }> => {
    const rows: { id: string; beds: number; taken: (string | null)[] }[] = await ds.query(
      `SELECT room.id, room.beds, array_agg(r.bed) FILTER (WHERE r.id IS NOT NULL) AS taken FROM room
         LEFT JOIN resident r ON r.room_id = room.id AND r.status IN ('active', 'on_leave')
        WHERE room.facility_id = $1 AND room.code = $2 GROUP BY room.id`,
      [facilityId, code],
    );
    const room = rows[0];
    const taken = room?.taken ?? [];
    if (!room || taken.length >= room.beds) return {};
    const free = Array.from({ length: room.beds }, (_, i) => String(i + 1)).find(
      (b) => !taken.includes(b),
    );
    return { roomId: room.id, bed: free };
  };
  const admitYoungMan = async (
    fullName: string,
    age: number,
    yearsHere: number,
    decisionNo: string,
  ) => {
    const admittedOn = addDays(today, -yearsHere * 365 - 40);
    return admissions.admit(admin, {
      type: AdmissionType.Regular,
      admittedOn,
      decisionNo,
      decisionDate: admittedOn,
      fullName,
      dateOfBirth: addDays(today, -age * 365 - 130),
      sex: 'male',
      ethnicityCode: fullName.startsWith('Giàng') ? '08' : '03',
      hometownProvince: fullName.startsWith('Giàng') ? 'Lào Cai' : 'Sơn La',
      categories: ['k1_child_orphan'],
      ...(await freeBedIn('A201')),
      sensitive: { hivStatus: 'negative' },
      confirmNotDuplicate: true,
    });
  };
  // A young man who grew up in the centre, now at university: he may stay until 22 while studying.
  const student = await admitYoungMan('Lò Văn Thành', 19, 7, '61/QĐ-TTBTXH');
  // A boy who left school last year for a short course in motorbike repair, and now works.
  const worker = await admitYoungMan('Giàng A Sình', 17, 3, '88/QĐ-TTBTXH');

  const people: Child[] = await ds.query(
    `SELECT r.id, r.code, r.sex, r.categories,
            to_char(${birthDateSql('r')}, 'YYYY-MM-DD') AS born,
            to_char(r.admitted_on, 'YYYY-MM-DD') AS admitted_on
       FROM resident r
      WHERE r.facility_id = $1 AND r.status IN ('active', 'on_leave') AND r.id <> $2
        AND ${birthDateSql('r')} > $3::date
      ORDER BY r.code`,
    [facilityId, student.id, addDays(today, -20 * 365)],
  );
  const isDisabled = (c: Child) => c.categories.includes('k1_disabled_severe');
  const isEmergency = (c: Child) => c.categories.includes('k2_emergency');

  // Last school year, for every school-age child who was in the centre well before it ended.
  const lastYear = new Map<string, EnrollmentView>();
  let primaries = 0;
  let secondaries = 0;
  let reExamPicked = false;
  for (const [i, c] of people.entries()) {
    const place = placement(c.born, previous);
    if (!place || isEmergency(c) || c.admitted_on > addDays(closingDay(previous), -60)) continue;
    const start = max(openingDay(previous), addDays(c.admitted_on, 3));
    if (isDisabled(c)) {
      await enrollments.create(social, c.id, {
        schoolYear: previous,
        level: 'not_enrolled',
        notEnrolledReason: DISABLED_REASON,
        startDate: start,
      });
      continue;
    }
    if (c.id === worker.id) {
      const e = await enrollments.create(
        social,
        c.id,
        enrolment(previous, place.level, place.grade, i, start),
      );
      await results.create(social, e.id, secondaryResults(i, 'pass', 'fair', 4)[0]);
      await enrollments.update(social, e.id, e.version, {
        status: 'dropped_out',
        endDate: `${previousEnd}-01-16`,
        statusNote: 'Bỏ học sau học kỳ I, xin đi học nghề',
      });
      continue;
    }
    const e = await enrollments.create(
      social,
      c.id,
      enrolment(previous, place.level, place.grade, i, start),
    );
    lastYear.set(c.id, e);
    if (place.level === 'primary' && place.grade !== null) {
      primaries++;
      // The second primary pupil does not complete the year and repeats it.
      const rating =
        primaries === 2 ? 'not_completed' : (PRIMARY_YEAR[i % PRIMARY_YEAR.length] ?? 'completed');
      for (const r of primaryResults(i, place.grade, rating)) await results.create(social, e.id, r);
    } else if (place.level !== 'nursery') {
      secondaries++;
      // The first THCS student fails the year's learning (re-examination in the summer); the
      // second secondary student misses many days in the second semester.
      const reExam = !reExamPicked && place.level === 'lower_secondary';
      if (reExam) reExamPicked = true;
      const learning = reExam ? 'fail' : (LEARNING[secondaries % LEARNING.length] ?? 'fair');
      const absent = secondaries === 2 ? 18 : (i + 2) % 4;
      const conduct = CONDUCT[secondaries % CONDUCT.length] ?? 'good';
      for (const r of secondaryResults(i, learning, conduct, absent))
        await results.create(social, e.id, r);
    }
  }
  // The student's first university year.
  const uni = {
    level: 'university' as const,
    schoolName: 'Trường Đại học Sư phạm Kỹ thuật Hưng Yên',
    schoolCommune: 'Phường Mỹ Hào, tỉnh Hưng Yên',
    className: 'Công nghệ thông tin K20',
    boardingType: 'day' as const,
  };
  const uniFirst = await enrollments.create(social, student.id, {
    ...uni,
    schoolYear: previous,
    startDate: `${previousEnd - 1}-09-12`,
  });
  await results.create(social, uniFirst.id, {
    term: 'year',
    daysAbsent: 2,
    teacherRemarks: 'Điểm trung bình tích lũy 3,12/4; đạt học bổng khuyến khích học tập học kỳ II',
  });

  // The year closes: the promoted move up (the student's programme continues), the others are
  // decided by the social worker.
  const rolled = await rollovers.rollover(social, previous);
  const closeYear = async (e: EnrollmentView) => {
    const now = await enrollments.get(social, e.id);
    await enrollments.update(social, e.id, now.version, {
      status: 'completed',
      endDate: closingDay(previous),
    });
  };
  for (const d of rolled.needsDecision) {
    const before = lastYear.get(d.residentId);
    if (!before || before.grade === null) continue;
    const i = people.findIndex((c) => c.id === d.residentId);
    if (d.reason === 'repeat') {
      await closeYear(before);
      await enrollments.create(social, d.residentId, {
        ...enrolment(current, before.level, before.grade, i, openingDay(current)),
        statusNote: 'Ở lại lớp theo quyết định của hiệu trưởng',
      });
    } else if (d.reason === 're_exam' && before.grade < 12) {
      const year = (await enrollments.get(social, before.id)).results.find(
        (r) => r.term === 'year',
      );
      if (year) {
        await results.update(social, year.id, year.version, {
          learningRating: 'pass',
          teacherRemarks: 'Kiểm tra lại môn Toán trong hè: 6,0 điểm — được lên lớp',
        });
      }
      await closeYear(before);
      const grade = before.grade + 1;
      await enrollments.create(social, d.residentId, {
        ...enrolment(
          current,
          grade <= 9 ? 'lower_secondary' : 'upper_secondary',
          grade,
          i,
          openingDay(current),
        ),
        statusNote: 'Lên lớp sau kiểm tra lại',
      });
    }
  }
  // After grade 9 the oldest boy goes to a vocational school instead of grade 10.
  const toVocational = rolled.enrolled.find(
    (e) => e.grade === 10 && people.find((c) => c.id === e.residentId)?.sex === 'male',
  );
  // New schools for those who changed level; this year's classes.
  for (const e of rolled.enrolled) {
    if (e.residentId === student.id || e.enrollmentId === toVocational?.enrollmentId) continue;
    const i = people.findIndex((c) => c.id === e.residentId);
    const view = await enrollments.get(social, e.enrollmentId);
    await enrollments.update(social, e.enrollmentId, view.version, {
      schoolName: e.schoolName ?? SCHOOLS[e.level as keyof typeof SCHOOLS],
      schoolCommune: COMMUNE,
      className: e.grade === null ? 'Mẫu giáo' : `${e.grade}A${1 + (i % 3)}`,
    });
  }
  if (toVocational) {
    const institution = 'Trường Trung cấp Kỹ thuật – Công nghệ Hưng Yên';
    const view = await enrollments.get(social, toVocational.enrollmentId);
    await enrollments.update(social, toVocational.enrollmentId, view.version, {
      level: 'vocational_intermediate',
      grade: null,
      schoolName: institution,
      schoolCommune: COMMUNE,
      className: 'Điện công nghiệp K' + String(currentEnd).slice(2),
      statusNote: 'Tốt nghiệp THCS, chọn học trung cấp nghề',
    });
    await trainings.create(social, toVocational.residentId, {
      course: 'Điện công nghiệp trình độ trung cấp (2 năm)',
      institution,
      trade: 'Điện công nghiệp',
      programmeLevel: 'intermediate',
      startDate: min(addDays(openingDay(current), 10), today),
      endDate: `${currentEnd + 1}-06-30`,
      notes: 'Miễn học phí (người học tốt nghiệp THCS học trung cấp)',
    });
  }

  // The worker: a short course after leaving school, a certificate, a job.
  const courseStart = min(`${previousEnd}-03-02`, today);
  const courseEnd = min(`${previousEnd}-05-29`, today);
  await trainings.create(social, worker.id, {
    course: 'Sửa chữa xe máy (đào tạo dưới 3 tháng)',
    institution: 'Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên Phố Hiến',
    trade: 'Sửa chữa xe máy',
    programmeLevel: 'short_course',
    startDate: courseStart,
    endDate: courseEnd,
    status: 'completed',
    certificateObtained: true,
    certificateName: 'Chứng chỉ đào tạo nghề Sửa chữa xe máy',
    employer: 'Cửa hàng Honda Phố Nối',
    jobTitle: 'Thợ sửa xe máy học việc',
    jobStartedOn: min(addDays(courseEnd, 10), today),
    monthlyIncomeVnd: 4500000,
  });

  // This year, for every school-age child not enrolled yet (new arrivals, those who turned 3).
  const enrolledNow = new Set<string>(
    (
      await ds.query<{ resident_id: string }[]>(
        `SELECT DISTINCT resident_id FROM enrollment WHERE facility_id = $1 AND school_year = $2 AND voided_at IS NULL`,
        [facilityId, current],
      )
    ).map((r) => r.resident_id),
  );
  for (const [i, c] of people.entries()) {
    const place = placement(c.born, current);
    if (!place || enrolledNow.has(c.id)) continue;
    const start = max(openingDay(current), min(addDays(c.admitted_on, 3), `${currentEnd}-07-31`));
    const notEnrolledReason = isDisabled(c)
      ? DISABLED_REASON
      : isEmergency(c)
        ? 'Tiếp nhận khẩn cấp; đang đánh giá nhu cầu trước khi chuyển trường'
        : c.id === worker.id
          ? 'Đã học nghề sửa chữa xe máy; đang đi làm'
          : null;
    await enrollments.create(
      social,
      c.id,
      notEnrolledReason
        ? { schoolYear: current, level: 'not_enrolled', notEnrolledReason, startDate: start }
        : enrolment(current, place.level, place.grade, i, start),
    );
  }

  // This year's first semester, once it has ended (mid-January).
  if (today >= `${currentEnd}-01-20`) {
    const now: { id: string; level: SchoolLevel; grade: number | null }[] = await ds.query(
      `SELECT e.id, e.level, e.grade FROM enrollment e
        WHERE e.facility_id = $1 AND e.school_year = $2 AND e.voided_at IS NULL AND e.status = 'studying'
          AND e.level IN ('primary', 'lower_secondary', 'upper_secondary')
        ORDER BY e.id`,
      [facilityId, current],
    );
    for (const [i, e] of now.entries()) {
      const first =
        e.level === 'primary'
          ? primaryResults(
              i,
              e.grade ?? 1,
              PRIMARY_YEAR[(i + 3) % PRIMARY_YEAR.length] ?? 'completed',
            )[0]
          : secondaryResults(
              i,
              LEARNING[(i + 2) % LEARNING.length] ?? 'fair',
              CONDUCT[(i + 1) % CONDUCT.length] ?? 'good',
              1,
            )[0];
      if (first) await results.create(social, e.id, first);
    }
  }
}
