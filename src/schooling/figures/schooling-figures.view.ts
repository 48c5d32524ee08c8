import { ApiProperty } from '@nestjs/swagger';
import type { EnrollmentStatus, SchoolLevel } from '../rules/levels';
import type { Promotion } from '../rules/promotion';
import { SCHOOL_YEAR_LENGTH } from '../rules/school-year';

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
