import { HttpStatus, Injectable } from '@nestjs/common';
import { vnDate } from '../../calendar/dates';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { FacilityActor } from '../../identity/actor';
import { Role } from '../../identity/role';
import {
  conflict,
  fieldError,
  invalid,
  ProblemException,
} from '../../common/errors/problem.exception';
import { createInFacility, facilityToday } from '../../database/facility-scope';
import type { RolloverDecisionView, RolloverEnrolledView, RolloverView } from './rollover.view';
import { Enrollment } from '../enrollments/enrollment.entity';
import { ROLLOVER_DECISIONS, rolloverStep } from '../rules/promotion';
import { SchoolYearRollover } from './school-year-rollover.entity';
import { closingDay, nextSchoolYear, openingDay } from '../rules/school-year';
import { schoolYearOverOn } from '../rules/term-calendar';
import {
  claimRollover,
  completeEnrollments,
  type LatestEnrollment,
  latestEnrollments,
  residentsEnrolledIn,
} from './rollover.queries';

@Injectable()
export class RolloverService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Closes a school year for the facility, once (a second time is a 409). Each present resident's
   * latest enrolment of the year (a transferred-away row aside) goes through `rolloverStep`:
   * promoted students are enrolled in the next grade of the next year — at a school still to be
   * named when the level changes after grades 5 and 9 — and their finished enrolment is marked
   * completed; everybody else is listed with the reason a decision is needed. Residents who
   * already have an enrolment in the new year are left alone. A year not over yet (the ministry's
   * frame, `schoolYearOverOn`) is a 409, unless an admin gives the reason to close it early; the
   * reason is audited.
   */
  async rollover(actor: FacilityActor, from: string, reason?: string): Promise<RolloverView> {
    const to = nextSchoolYear(from);
    return this.dataSource.transaction(async (manager) => {
      const earlyReason = await this.earlyReason(manager, actor, from, reason);
      const rolloverId = await claimRollover(manager, actor.facilityId, from, to, actor.id);
      if (!rolloverId) {
        throw conflict({
          vi: `Năm học ${from} đã được kết chuyển`,
          en: `The school year ${from} has already been rolled over`,
        });
      }
      const rows = await latestEnrollments(manager, actor.facilityId, from);
      if (rows.length === 0) {
        throw conflict({
          vi: `Không có hồ sơ học tập nào trong năm học ${from}`,
          en: `No enrolments in the school year ${from}`,
        });
      }
      const already = await residentsEnrolledIn(manager, actor.facilityId, to);

      const alreadyEnrolled: string[] = [];
      const needsDecision: RolloverDecisionView[] = [];
      const planned: { row: LatestEnrollment; next: Partial<Enrollment> }[] = [];
      for (const row of rows) {
        if (already.has(row.resident_id)) {
          alreadyEnrolled.push(row.resident_id);
          continue;
        }
        const step = rolloverStep({
          level: row.level,
          grade: row.grade,
          status: row.status,
          promotion: row.promotion,
          born: row.born,
          fromYear: from,
        });
        if (step.action === 'decide') {
          needsDecision.push({
            enrollmentId: row.id,
            residentId: row.resident_id,
            residentCode: row.resident_code,
            residentName: row.resident_name,
            level: row.level,
            grade: row.grade,
            reason: step.reason,
            reasonText: ROLLOVER_DECISIONS[step.reason].vi,
          });
          continue;
        }
        planned.push({
          row,
          next: {
            facilityId: actor.facilityId,
            residentId: row.resident_id,
            schoolYear: to,
            level: step.level,
            grade: step.grade,
            notEnrolledReason: null,
            schoolName: step.sameSchool ? row.school_name : null,
            schoolCommune: step.sameSchool ? row.school_commune : null,
            className: null,
            startDate: openingDay(to),
            endDate: null,
            boardingType: row.boarding_type,
            status: 'studying',
            statusNote: null,
            rolledOverFromId: row.id,
            voidedAt: null,
            voidedBy: null,
            voidReason: null,
            createdBy: actor.id,
          },
        });
      }

      if (planned.length > 0) {
        await completeEnrollments(
          manager,
          planned.map((p) => p.row.id),
          closingDay(from),
        );
      }
      await manager.update(
        SchoolYearRollover,
        { id: rolloverId },
        { enrolled: planned.length, needsDecision: needsDecision.length },
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        entity: 'school_year_rollover',
        entityId: rolloverId,
        changes: {
          fromYear: { before: null, after: from },
          enrolled: { before: null, after: planned.length },
          needsDecision: { before: null, after: needsDecision.length },
          ...(earlyReason ? { earlyReason: { before: null, after: earlyReason } } : {}),
        },
      });
      // The next year's enrolments (other rows than the completed ones, so the order is free),
      // each audited after the rollover's own entry as before.
      const created: Enrollment[] = [];
      for (const p of planned) {
        created.push(
          await createInFacility<Enrollment>(
            { manager, actor, audit: this.audit },
            Enrollment,
            'enrollment',
            p.next,
          ),
        );
      }
      const enrolled: RolloverEnrolledView[] = created.map((e, i) => {
        const row = planned[i]?.row;
        return {
          enrollmentId: e.id,
          previousEnrollmentId: e.rolledOverFromId ?? '',
          residentId: e.residentId,
          residentCode: row?.resident_code ?? '',
          residentName: row?.resident_name ?? '',
          level: e.level,
          grade: e.grade,
          schoolName: e.schoolName,
        };
      });
      return { id: rolloverId, from, to, enrolled, needsDecision, alreadyEnrolled };
    });
  }

  /**
   * Before the year is over only an admin may close it, with a reason (returned trimmed); after
   * it, a reason sent is kept too. Refusals change nothing.
   */
  private async earlyReason(
    manager: EntityManager,
    actor: FacilityActor,
    from: string,
    reason: string | undefined,
  ): Promise<string | null> {
    const given = reason?.trim() ?? null;
    if (reason !== undefined && actor.role !== Role.Admin) {
      throw new ProblemException(
        HttpStatus.FORBIDDEN,
        'forbidden',
        {
          vi: 'Chỉ quản trị viên được kết chuyển sớm một năm học',
          en: 'Only an admin may close a school year early',
        },
        [{ field: 'reason', code: 'fieldForbidden' }],
      );
    }
    if (reason !== undefined && !given) {
      throw invalid([
        fieldError(
          'reason',
          'isNotEmpty',
          'Lý do không được để trống',
          'The reason must not be blank',
        ),
      ]);
    }
    const overOn = schoolYearOverOn(from);
    if (!given && (await facilityToday(manager, actor)) < overOn) {
      throw conflict({
        vi: `Năm học ${from} chưa kết thúc: kết chuyển từ ngày ${vnDate(overOn)}, hoặc quản trị viên kết chuyển sớm kèm lý do`,
        en: `The school year ${from} is not over: roll it over from ${vnDate(overOn)}, or an admin closes it early with a reason`,
      });
    }
    return given;
  }
}
