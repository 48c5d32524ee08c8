import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DATE_LENGTH, TIMESTAMP_LENGTH, UUID_LENGTH } from '../../common/http/validators';
import { columnLength } from '../../database/columns';
import { MAX_CAPACITY } from '../../facilities/facility.dto';
import { Resident } from '../../residents/model/resident.entity';
import { Enrollment } from '../enrollment.entity';
import { BOARDING_TYPES, ENROLLMENT_STATUS_CODES, SCHOOL_LEVEL_CODES } from '../levels';
import type { BoardingType, EnrollmentStatus, SchoolLevel } from '../levels';
import { PROMOTIONS, PROMOTION_REASONS, ROLLOVER_DECISIONS } from '../promotion';
import type { Promotion, PromotionReason, RolloverDecision } from '../promotion';
import { RATING_CODES, SCHOOL_TERMS } from '../rating-scales';
import type { RatingScaleCode, SchoolTerm } from '../rating-scales';
import { SchoolResult } from '../school-result.entity';
import { SCHOOL_YEAR_LENGTH } from '../school-year';
import { SchoolYearRollover } from '../school-year-rollover.entity';
import {
  VOCATIONAL_PROGRAMME_LEVEL_CODES,
  VocationalTraining,
} from '../vocational-training.entity';
import { AWARD_MAX_LENGTH, MAX_AWARDS, MAX_SUBJECTS, SUBJECT_MAX_LENGTH } from './result.dto';

// String lengths are those of the columns the values come from (columnLength) or of what the
// input accepts for values kept in JSON; 36 for ids, 10 for dates, 24 for instants.
const ID = { format: 'uuid', maxLength: UUID_LENGTH } as const;
const NULLABLE_ID = { nullable: true, type: String, ...ID } as const;
const DATE = { format: 'date', maxLength: DATE_LENGTH } as const;
const NULLABLE_DATE = { nullable: true, type: String, ...DATE } as const;
const INSTANT = { type: Date, maxLength: TIMESTAMP_LENGTH } as const;
/** A nullable text column of `entity`. */
const nullableText = <T>(
  entity: abstract new (...args: never[]) => T,
  property: keyof T & string,
) => ({ nullable: true, type: String, maxLength: columnLength(entity, property) }) as const;
/** A subject's rating is one of RATING_CODES (an enum would refuse the example, null). */
const RATING_CODE_LENGTH = Math.max(...RATING_CODES.map((c) => c.length));
/** The longest explanation a rollover gives for a decision. */
const REASON_TEXT_LENGTH = Math.max(...Object.values(ROLLOVER_DECISIONS).map((d) => d.vi.length));

export class SubjectResultView {
  @ApiProperty({ example: 'Toán', maxLength: SUBJECT_MAX_LENGTH }) subject!: string;
  @ApiProperty({ nullable: true, type: Number, example: 7.5 }) score!: number | null;
  @ApiProperty({ nullable: true, type: String, example: null, maxLength: RATING_CODE_LENGTH })
  rating!: string | null;
}

export class SchoolResultView {
  @ApiProperty(ID) id!: string;
  @ApiProperty(ID) enrollmentId!: string;
  @ApiProperty(ID) residentId!: string;
  @ApiProperty({ enum: SCHOOL_TERMS }) term!: SchoolTerm;
  @ApiProperty({ enum: ['tt27_2020', 'tt22_2021', 'none'] }) scale!: RatingScaleCode;
  @ApiProperty({ ...nullableText(SchoolResult, 'rating'), example: 'excellent' })
  rating!: string | null;
  @ApiProperty({ ...nullableText(SchoolResult, 'learningRating'), example: null })
  learningRating!: string | null;
  @ApiProperty({ ...nullableText(SchoolResult, 'conductRating'), example: null })
  conductRating!: string | null;
  @ApiProperty({ ...nullableText(SchoolResult, 'qualitiesRating'), example: 'good' })
  qualitiesRating!: string | null;
  @ApiProperty({ type: [SubjectResultView], maxItems: MAX_SUBJECTS })
  subjects!: SubjectResultView[];
  @ApiProperty({ nullable: true, type: Number, example: 2 }) daysAbsent!: number | null;
  @ApiProperty({
    type: 'array',
    items: { type: 'string', maxLength: AWARD_MAX_LENGTH },
    maxItems: MAX_AWARDS,
  })
  awards!: string[];
  @ApiProperty(nullableText(SchoolResult, 'teacherRemarks')) teacherRemarks!: string | null;
  @ApiProperty({ nullable: true, enum: PROMOTIONS, description: 'Whole-year results only' })
  promotion!: Promotion | null;
  @ApiProperty({ nullable: true, enum: Object.keys(PROMOTION_REASONS) })
  promotionReason!: PromotionReason | null;
  @ApiProperty() version!: number;
  @ApiProperty(INSTANT) createdAt!: Date;
  @ApiProperty(INSTANT) updatedAt!: Date;
}

export class EnrollmentView {
  @ApiProperty(ID) id!: string;
  @ApiProperty(ID) residentId!: string;
  @ApiProperty({ example: '2026-2027', maxLength: SCHOOL_YEAR_LENGTH }) schoolYear!: string;
  @ApiProperty({ enum: SCHOOL_LEVEL_CODES }) level!: SchoolLevel;
  @ApiProperty({ nullable: true, type: Number, example: 7 }) grade!: number | null;
  @ApiProperty(nullableText(Enrollment, 'notEnrolledReason')) notEnrolledReason!: string | null;
  @ApiProperty({ ...nullableText(Enrollment, 'schoolName'), example: 'Trường THCS Hiến Nam' })
  schoolName!: string | null;
  @ApiProperty(nullableText(Enrollment, 'schoolCommune')) schoolCommune!: string | null;
  @ApiProperty({ ...nullableText(Enrollment, 'className'), example: '7A2' })
  className!: string | null;
  @ApiProperty({ ...DATE, example: '2026-09-05' }) startDate!: string;
  @ApiProperty(NULLABLE_DATE) endDate!: string | null;
  @ApiProperty({ enum: BOARDING_TYPES }) boardingType!: BoardingType;
  @ApiProperty({
    nullable: true,
    enum: ENROLLMENT_STATUS_CODES,
    description: 'null for not_enrolled',
  })
  status!: EnrollmentStatus | null;
  @ApiProperty(nullableText(Enrollment, 'statusNote')) statusNote!: string | null;
  @ApiProperty({
    enum: ['tt27_2020', 'tt22_2021', 'none'],
    description: 'The rating scale of the level',
  })
  ratingScale!: RatingScaleCode;
  @ApiProperty(NULLABLE_ID) rolledOverFromId!: string | null;
  @ApiProperty({ description: 'Voided rows are kept and listed, and count for nothing' })
  voided!: boolean;
  @ApiProperty(nullableText(Enrollment, 'voidReason')) voidReason!: string | null;
  @ApiProperty({
    type: [SchoolResultView],
    maxItems: SCHOOL_TERMS.length,
    description: 'One per term at most',
  })
  results!: SchoolResultView[];
  @ApiProperty() version!: number;
  @ApiProperty(INSTANT) createdAt!: Date;
  @ApiProperty(INSTANT) updatedAt!: Date;
}

export class RolloverEnrolledView {
  @ApiProperty(ID) enrollmentId!: string;
  @ApiProperty(ID) previousEnrollmentId!: string;
  @ApiProperty(ID) residentId!: string;
  @ApiProperty({ maxLength: columnLength(Resident, 'code') }) residentCode!: string;
  @ApiProperty({ maxLength: columnLength(Resident, 'fullName') }) residentName!: string;
  @ApiProperty({ enum: SCHOOL_LEVEL_CODES }) level!: SchoolLevel;
  @ApiProperty({ nullable: true, type: Number }) grade!: number | null;
  @ApiProperty({
    ...nullableText(Enrollment, 'schoolName'),
    description: 'null: a new school to name',
  })
  schoolName!: string | null;
}

export class RolloverDecisionView {
  @ApiProperty(ID) enrollmentId!: string;
  @ApiProperty(ID) residentId!: string;
  @ApiProperty({ maxLength: columnLength(Resident, 'code') }) residentCode!: string;
  @ApiProperty({ maxLength: columnLength(Resident, 'fullName') }) residentName!: string;
  @ApiProperty({ enum: SCHOOL_LEVEL_CODES }) level!: SchoolLevel;
  @ApiProperty({ nullable: true, type: Number }) grade!: number | null;
  @ApiProperty({ enum: Object.keys(ROLLOVER_DECISIONS) }) reason!: RolloverDecision;
  @ApiProperty({ example: 'Chờ kiểm tra lại / rèn luyện hè', maxLength: REASON_TEXT_LENGTH })
  reasonText!: string;
}

/** The lists hold residents present in the facility, never more than its capacity allows. */
export class RolloverView {
  @ApiProperty(ID) id!: string;
  @ApiProperty({ example: '2026-2027', maxLength: columnLength(SchoolYearRollover, 'fromYear') })
  from!: string;
  @ApiProperty({ example: '2027-2028', maxLength: columnLength(SchoolYearRollover, 'toYear') })
  to!: string;
  @ApiProperty({
    type: [RolloverEnrolledView],
    maxItems: MAX_CAPACITY,
    description: 'New enrolments (status studying)',
  })
  enrolled!: RolloverEnrolledView[];
  @ApiProperty({
    type: [RolloverDecisionView],
    maxItems: MAX_CAPACITY,
    description: 'Students the social worker decides',
  })
  needsDecision!: RolloverDecisionView[];
  @ApiProperty({
    type: 'array',
    items: { type: 'string', ...ID },
    maxItems: MAX_CAPACITY,
    description: 'Residents (ids) already enrolled in the new year',
  })
  alreadyEnrolled!: string[];
}

export class VocationalTrainingView {
  @ApiProperty(ID) id!: string;
  @ApiProperty(ID) residentId!: string;
  @ApiProperty({ maxLength: columnLength(VocationalTraining, 'course') }) course!: string;
  @ApiProperty({ maxLength: columnLength(VocationalTraining, 'institution') })
  institution!: string;
  @ApiProperty({ maxLength: columnLength(VocationalTraining, 'trade') }) trade!: string;
  @ApiPropertyOptional({ nullable: true, enum: VOCATIONAL_PROGRAMME_LEVEL_CODES })
  programmeLevel!: string | null;
  @ApiProperty(DATE) startDate!: string;
  @ApiProperty(NULLABLE_DATE) endDate!: string | null;
  @ApiProperty({ enum: ['ongoing', 'completed', 'dropped_out'] }) status!: string;
  @ApiProperty() certificateObtained!: boolean;
  @ApiProperty(nullableText(VocationalTraining, 'certificateName'))
  certificateName!: string | null;
  @ApiProperty(nullableText(VocationalTraining, 'employer')) employer!: string | null;
  @ApiProperty(nullableText(VocationalTraining, 'jobTitle')) jobTitle!: string | null;
  @ApiProperty(NULLABLE_DATE) jobStartedOn!: string | null;
  @ApiProperty({ nullable: true, type: Number }) monthlyIncomeVnd!: number | null;
  @ApiProperty(nullableText(VocationalTraining, 'notes')) notes!: string | null;
  @ApiProperty() version!: number;
}

export class TermFiguresView {
  @ApiProperty({ example: 30, description: 'Results recorded for the term' }) results!: number;
  @ApiProperty({
    example: { outstanding: 2, excellent: 5, completed: 6, not_completed: 1 },
    description: 'Primary pupils by rating (TT 27/2020)',
  })
  primary!: Record<string, number>;
  @ApiProperty({ example: { good: 4, fair: 6, pass: 3, fail: 1 } })
  secondaryLearning!: Record<string, number>;
  @ApiProperty({ example: { good: 10, fair: 3, pass: 1, fail: 0 } })
  secondaryConduct!: Record<string, number>;
  @ApiProperty({
    example: 1,
    description: 'Results with more days absent than the alert threshold',
  })
  highAbsence!: number;
}

export class YearTermFiguresView extends TermFiguresView {
  @ApiProperty({ example: { promoted: 25, repeat: 1, re_exam: 2 } })
  promotion!: Record<Promotion, number>;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 0.8929,
    description: 'promoted ÷ whole-year results that decide a promotion; null when none',
  })
  promotionRate!: number | null;
}

export class TermsFiguresView {
  @ApiProperty({ type: TermFiguresView }) HK1!: TermFiguresView;
  @ApiProperty({ type: TermFiguresView }) HK2!: TermFiguresView;
  @ApiProperty({ type: YearTermFiguresView }) year!: YearTermFiguresView;
}

export class VocationalFiguresView {
  @ApiProperty({ description: 'Enrolments at vocational_intermediate or college level' })
  schoolEnrollments!: number;
  @ApiProperty({ description: 'Vocational courses running at some point in the school year' })
  trainings!: number;
  @ApiProperty() started!: number;
  @ApiProperty() completed!: number;
  @ApiProperty() certificates!: number;
  @ApiProperty() placedInJobs!: number;
}

export class SchoolingFiguresView {
  @ApiProperty({ example: '2026-2027', maxLength: SCHOOL_YEAR_LENGTH }) schoolYear!: string;
  @ApiProperty({ description: 'Residents with an enrolment at a school (not_enrolled excluded)' })
  students!: number;
  @ApiProperty({
    example: { nursery: 6, primary: 10, lower_secondary: 8 },
    description: 'Residents by level (distinct residents; every level listed)',
  })
  byLevel!: Record<SchoolLevel, number>;
  @ApiProperty({ description: 'Residents with a not_enrolled year' }) notEnrolled!: number;
  @ApiProperty({ description: 'Residents by enrolment status' })
  byStatus!: Record<EnrollmentStatus, number>;
  @ApiProperty({ description: 'Residents who dropped out during the year' }) dropouts!: number;
  @ApiProperty({ type: TermsFiguresView }) terms!: TermsFiguresView;
  @ApiProperty({ nullable: true, type: Number, description: 'The whole-year promotion rate' })
  promotionRate!: number | null;
  @ApiProperty({ type: VocationalFiguresView }) vocational!: VocationalFiguresView;
}
