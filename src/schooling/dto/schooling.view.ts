import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BOARDING_TYPES, ENROLLMENT_STATUS_CODES, SCHOOL_LEVEL_CODES } from '../levels';
import type { BoardingType, EnrollmentStatus, SchoolLevel } from '../levels';
import { PROMOTIONS, PROMOTION_REASONS, ROLLOVER_DECISIONS } from '../promotion';
import type { Promotion, PromotionReason, RolloverDecision } from '../promotion';
import { SCHOOL_TERMS } from '../rating-scales';
import type { RatingScaleCode, SchoolTerm } from '../rating-scales';

export class SubjectResultView {
  @ApiProperty({ example: 'Toán' }) subject!: string;
  @ApiProperty({ nullable: true, type: Number, example: 7.5 }) score!: number | null;
  @ApiProperty({ nullable: true, type: String, example: null }) rating!: string | null;
}

export class SchoolResultView {
  @ApiProperty() id!: string;
  @ApiProperty() enrollmentId!: string;
  @ApiProperty() residentId!: string;
  @ApiProperty({ enum: SCHOOL_TERMS }) term!: SchoolTerm;
  @ApiProperty({ enum: ['tt27_2020', 'tt22_2021', 'none'] }) scale!: RatingScaleCode;
  @ApiProperty({ nullable: true, type: String, example: 'excellent' }) rating!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) learningRating!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) conductRating!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'good' }) qualitiesRating!: string | null;
  @ApiProperty({ type: [SubjectResultView] }) subjects!: SubjectResultView[];
  @ApiProperty({ nullable: true, type: Number, example: 2 }) daysAbsent!: number | null;
  @ApiProperty({ type: [String] }) awards!: string[];
  @ApiProperty({ nullable: true, type: String }) teacherRemarks!: string | null;
  @ApiProperty({ nullable: true, enum: PROMOTIONS, description: 'Whole-year results only' })
  promotion!: Promotion | null;
  @ApiProperty({ nullable: true, enum: Object.keys(PROMOTION_REASONS) })
  promotionReason!: PromotionReason | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class EnrollmentView {
  @ApiProperty() id!: string;
  @ApiProperty() residentId!: string;
  @ApiProperty({ example: '2026-2027' }) schoolYear!: string;
  @ApiProperty({ enum: SCHOOL_LEVEL_CODES }) level!: SchoolLevel;
  @ApiProperty({ nullable: true, type: Number, example: 7 }) grade!: number | null;
  @ApiProperty({ nullable: true, type: String }) notEnrolledReason!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Trường THCS Hiến Nam' })
  schoolName!: string | null;
  @ApiProperty({ nullable: true, type: String }) schoolCommune!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '7A2' }) className!: string | null;
  @ApiProperty({ example: '2026-09-05' }) startDate!: string;
  @ApiProperty({ nullable: true, type: String }) endDate!: string | null;
  @ApiProperty({ enum: BOARDING_TYPES }) boardingType!: BoardingType;
  @ApiProperty({
    nullable: true,
    enum: ENROLLMENT_STATUS_CODES,
    description: 'null for not_enrolled',
  })
  status!: EnrollmentStatus | null;
  @ApiProperty({ nullable: true, type: String }) statusNote!: string | null;
  @ApiProperty({
    enum: ['tt27_2020', 'tt22_2021', 'none'],
    description: 'The rating scale of the level',
  })
  ratingScale!: RatingScaleCode;
  @ApiProperty({ nullable: true, type: String }) rolledOverFromId!: string | null;
  @ApiProperty({ description: 'Voided rows are kept and listed, and count for nothing' })
  voided!: boolean;
  @ApiProperty({ nullable: true, type: String }) voidReason!: string | null;
  @ApiProperty({ type: [SchoolResultView] }) results!: SchoolResultView[];
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class RolloverEnrolledView {
  @ApiProperty() enrollmentId!: string;
  @ApiProperty() previousEnrollmentId!: string;
  @ApiProperty() residentId!: string;
  @ApiProperty() residentCode!: string;
  @ApiProperty() residentName!: string;
  @ApiProperty({ enum: SCHOOL_LEVEL_CODES }) level!: SchoolLevel;
  @ApiProperty({ nullable: true, type: Number }) grade!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'null: a new school to name' })
  schoolName!: string | null;
}

export class RolloverDecisionView {
  @ApiProperty() enrollmentId!: string;
  @ApiProperty() residentId!: string;
  @ApiProperty() residentCode!: string;
  @ApiProperty() residentName!: string;
  @ApiProperty({ enum: SCHOOL_LEVEL_CODES }) level!: SchoolLevel;
  @ApiProperty({ nullable: true, type: Number }) grade!: number | null;
  @ApiProperty({ enum: Object.keys(ROLLOVER_DECISIONS) }) reason!: RolloverDecision;
  @ApiProperty({ example: 'Chờ kiểm tra lại / rèn luyện hè' }) reasonText!: string;
}

export class RolloverView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '2026-2027' }) from!: string;
  @ApiProperty({ example: '2027-2028' }) to!: string;
  @ApiProperty({ type: [RolloverEnrolledView], description: 'New enrolments (status studying)' })
  enrolled!: RolloverEnrolledView[];
  @ApiProperty({ type: [RolloverDecisionView], description: 'Students the social worker decides' })
  needsDecision!: RolloverDecisionView[];
  @ApiProperty({ type: [String], description: 'Residents already enrolled in the new year' })
  alreadyEnrolled!: string[];
}

export class VocationalTrainingView {
  @ApiProperty() id!: string;
  @ApiProperty() residentId!: string;
  @ApiProperty() course!: string;
  @ApiProperty() institution!: string;
  @ApiProperty() trade!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) programmeLevel!: string | null;
  @ApiProperty() startDate!: string;
  @ApiProperty({ nullable: true, type: String }) endDate!: string | null;
  @ApiProperty({ enum: ['ongoing', 'completed', 'dropped_out'] }) status!: string;
  @ApiProperty() certificateObtained!: boolean;
  @ApiProperty({ nullable: true, type: String }) certificateName!: string | null;
  @ApiProperty({ nullable: true, type: String }) employer!: string | null;
  @ApiProperty({ nullable: true, type: String }) jobTitle!: string | null;
  @ApiProperty({ nullable: true, type: String }) jobStartedOn!: string | null;
  @ApiProperty({ nullable: true, type: Number }) monthlyIncomeVnd!: number | null;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
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
  @ApiProperty({ example: '2026-2027' }) schoolYear!: string;
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
