import { ApiProperty } from '@nestjs/swagger';
import { Enrollment } from './enrollment.entity';
import { BOARDING_TYPES, ENROLLMENT_STATUS_CODES, SCHOOL_LEVEL_CODES } from '../rules/levels';
import type { BoardingType, EnrollmentStatus, SchoolLevel } from '../rules/levels';
import { SCHOOL_TERMS } from '../rules/rating-scales';
import type { RatingScaleCode } from '../rules/rating-scales';
import { SCHOOL_YEAR_LENGTH } from '../rules/school-year';
import {
  ID,
  NULLABLE_ID,
  DATE,
  NULLABLE_DATE,
  INSTANT,
  nullableText,
} from '../schooling-view-fields';
import { SchoolResultView } from '../results/school-result.view';

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
