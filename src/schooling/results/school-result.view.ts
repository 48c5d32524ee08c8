import { ApiProperty } from '@nestjs/swagger';
import { PROMOTIONS, PROMOTION_REASONS } from '../rules/promotion';
import type { Promotion, PromotionReason } from '../rules/promotion';
import { RATING_CODES, SCHOOL_TERMS } from '../rules/rating-scales';
import type { RatingScaleCode, SchoolTerm } from '../rules/rating-scales';
import { SchoolResult } from './school-result.entity';
import { AWARD_MAX_LENGTH, MAX_AWARDS, MAX_SUBJECTS, SUBJECT_MAX_LENGTH } from './result.dto';
import { ID, INSTANT, nullableText } from '../schooling-view-fields';

/** A subject's rating is one of RATING_CODES (an enum would refuse the example, null). */
const RATING_CODE_LENGTH = Math.max(...RATING_CODES.map((c) => c.length));

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
