import { Injectable } from '@nestjs/common';
import { vnDate } from '../../calendar/dates';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AlertsService } from '../../alerts/alerts.service';
import { AuditService } from '../../audit/audit.service';
import type { FacilityActor } from '../../identity/actor';
import { conflict, invalid } from '../../common/errors/problem.exception';
import {
  createInFacility,
  facilityToday,
  findInFacility,
  updateInFacility,
} from '../../database/facility-scope';
import { Resident } from '../../residents/model/resident.entity';
import type { SubjectResultDto } from './result.dto';
import { CreateResultDto, UpdateResultDto } from './result.dto';
import type { SchoolResultView } from './school-result.view';
import { ABSENCE_ALERT_DAYS, absenceAlertDue } from '../rules/enrollment-rules';
import { Enrollment } from '../enrollments/enrollment.entity';
import { sentFields } from '../enrollments/enrollments.service';
import { promotionOf } from '../rules/promotion';
import {
  checkRatings,
  SCHOOL_TERM_LABELS,
  scaleFor,
  type RatingInput,
  type SubjectResult,
} from '../rules/rating-scales';
import { SchoolResult } from './school-result.entity';
import { resultOfTerm } from './result.queries';
import { ENROLLMENT_NOT_FOUND } from '../enrollments/enrollment-views';
import { RESULT_NOT_FOUND, toResultView } from './result-views';
import { termOverOn } from '../rules/term-calendar';

const subjectsOf = (subjects: SubjectResultDto[] | undefined): SubjectResult[] =>
  (subjects ?? []).map((s) => ({
    subject: s.subject.trim(),
    score: s.score ?? null,
    rating: s.rating ?? null,
  }));

@Injectable()
export class ResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly alerts: AlertsService,
  ) {}

  /**
   * Records a term result on the scale of the enrolment's level. One per term (a second is a
   * 409: correct the first with PATCH), and only once the term is over (`termOverOn`, else a
   * 409); the whole-year result carries its promotion; many days absent raise an `attendance`
   * alert in the same transaction.
   */
  async create(
    actor: FacilityActor,
    enrollmentId: string,
    dto: CreateResultDto,
  ): Promise<SchoolResultView> {
    return this.dataSource.transaction(async (manager) => {
      const enrollment = await findInFacility(manager, Enrollment, actor, enrollmentId, {
        lock: true,
        what: ENROLLMENT_NOT_FOUND,
      });
      if (enrollment.voidedAt !== null) {
        throw conflict({ vi: 'Hồ sơ học tập đã bị hủy', en: 'The enrolment has been voided' });
      }
      if (enrollment.level === 'not_enrolled') {
        throw conflict({
          vi: 'Năm không đi học: không có kết quả học tập',
          en: 'A year not enrolled has no school results',
        });
      }
      const scale = scaleFor(enrollment.level, enrollment.schoolYear);
      const ratings: RatingInput = {
        rating: dto.rating ?? null,
        learningRating: dto.learningRating ?? null,
        conductRating: dto.conductRating ?? null,
        qualitiesRating: dto.qualitiesRating ?? null,
        subjects: subjectsOf(dto.subjects),
      };
      const errors = checkRatings(scale, dto.term, ratings);
      if (errors.length > 0) throw invalid(errors);
      const overOn = termOverOn(enrollment.schoolYear, dto.term);
      if ((await facilityToday(manager, actor)) < overOn) {
        const term = SCHOOL_TERM_LABELS[dto.term];
        throw conflict({
          vi:
            dto.term === 'year'
              ? `Năm học ${enrollment.schoolYear} chưa kết thúc: ghi kết quả cả năm từ ngày ${vnDate(overOn)}`
              : `${term.vi} năm học ${enrollment.schoolYear} chưa kết thúc: ghi kết quả từ ngày ${vnDate(overOn)}`,
          en:
            dto.term === 'year'
              ? `The school year ${enrollment.schoolYear} is not over: record the whole-year result from ${vnDate(overOn)}`
              : `${term.en} of ${enrollment.schoolYear} is not over: record its result from ${vnDate(overOn)}`,
        });
      }
      const existing = await resultOfTerm(manager, enrollmentId, dto.term);
      if (existing) {
        throw conflict(
          {
            vi: `Đã có kết quả ${SCHOOL_TERM_LABELS[dto.term].vi}: sửa bằng PATCH /results/${existing.id}`,
            en: `A ${SCHOOL_TERM_LABELS[dto.term].en} result exists: correct it with PATCH /results/${existing.id}`,
          },
          { existingResultId: existing.id },
        );
      }
      const daysAbsent = dto.daysAbsent ?? null;
      const outcome = promotionOf(scale, dto.term, { ...ratings, daysAbsent });
      const saved = await createInFacility(
        { manager, actor, audit: this.audit },
        SchoolResult,
        'school_result',
        {
          enrollmentId,
          residentId: enrollment.residentId,
          term: dto.term,
          scale,
          ...ratings,
          daysAbsent,
          awards: (dto.awards ?? []).map((a) => a.trim()),
          teacherRemarks: dto.teacherRemarks?.trim() || null,
          promotion: outcome?.promotion ?? null,
          promotionReason: outcome?.reason ?? null,
          createdBy: actor.id,
        },
      );
      await this.attendanceAlert(manager, enrollment, saved);
      return toResultView(saved);
    });
  }

  /** Corrects a result (If-Match); the ratings are checked against the scale it was rated on. */
  async update(
    actor: FacilityActor,
    id: string,
    version: number,
    dto: UpdateResultDto,
  ): Promise<SchoolResultView> {
    const fields = sentFields(dto);
    return this.dataSource.transaction(async (manager) => {
      let enrollment: Enrollment | null = null;
      const { after } = await updateInFacility(
        { manager, actor, audit: this.audit },
        SchoolResult,
        'school_result',
        id,
        version,
        async (before) => {
          enrollment = await manager.findOneByOrFail(Enrollment, { id: before.enrollmentId });
          if (enrollment.voidedAt !== null) {
            throw conflict({ vi: 'Hồ sơ học tập đã bị hủy', en: 'The enrolment has been voided' });
          }
          const ratings: RatingInput = {
            rating: fields.rating ?? before.rating,
            learningRating: fields.learningRating ?? before.learningRating,
            conductRating: fields.conductRating ?? before.conductRating,
            qualitiesRating:
              fields.qualitiesRating !== undefined
                ? fields.qualitiesRating
                : before.qualitiesRating,
            subjects: fields.subjects !== undefined ? subjectsOf(fields.subjects) : before.subjects,
          };
          const errors = checkRatings(before.scale, before.term, ratings);
          if (errors.length > 0) throw invalid(errors);
          const daysAbsent =
            fields.daysAbsent !== undefined ? fields.daysAbsent : before.daysAbsent;
          const outcome = promotionOf(before.scale, before.term, { ...ratings, daysAbsent });
          const changes: Partial<SchoolResult> = {
            ...ratings,
            daysAbsent,
            promotion: outcome?.promotion ?? null,
            promotionReason: outcome?.reason ?? null,
          };
          if (fields.awards !== undefined) changes.awards = fields.awards.map((a) => a.trim());
          if (fields.teacherRemarks !== undefined) {
            changes.teacherRemarks = fields.teacherRemarks?.trim() || null;
          }
          return changes;
        },
        { what: RESULT_NOT_FOUND },
      );
      if (absenceAlertDue(after.term, after.daysAbsent)) {
        await this.attendanceAlert(
          manager,
          enrollment ?? (await manager.findOneByOrFail(Enrollment, { id: after.enrollmentId })),
          after,
        );
      } else {
        await this.alerts.closeForSource(manager, 'school_result', id);
      }
      return toResultView(after);
    });
  }

  /** Many days absent in a term (more than ABSENCE_ALERT_DAYS): one `attendance` alert per result. */
  private async attendanceAlert(
    manager: EntityManager,
    enrollment: Enrollment,
    result: SchoolResult,
  ): Promise<void> {
    if (!absenceAlertDue(result.term, result.daysAbsent)) return;
    const resident = await manager.findOneOrFail(Resident, {
      where: { id: enrollment.residentId },
      select: { id: true, code: true, fullName: true },
    });
    const term = SCHOOL_TERM_LABELS[result.term];
    const when =
      result.term === 'year'
        ? {
            vi: `cả năm học ${enrollment.schoolYear}`,
            en: `the school year ${enrollment.schoolYear}`,
          }
        : {
            vi: `${term.vi.charAt(0).toLowerCase()}${term.vi.slice(1)} năm học ${enrollment.schoolYear}`,
            en: `${term.en.toLowerCase()} of ${enrollment.schoolYear}`,
          };
    const threshold = ABSENCE_ALERT_DAYS[result.term];
    await this.alerts.raise(manager, {
      facilityId: enrollment.facilityId,
      residentId: enrollment.residentId,
      kind: 'attendance',
      sourceType: 'school_result',
      sourceId: result.id,
      dueOn: null,
      message: `${resident.code} ${resident.fullName}: nghỉ học ${result.daysAbsent} ngày trong ${when.vi} (ngưỡng ${threshold} ngày)`,
      messageEn: `${resident.code} ${resident.fullName}: ${result.daysAbsent} days absent in ${when.en} (threshold ${threshold})`,
    });
  }
}
