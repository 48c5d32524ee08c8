import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDecimal, Optional } from '../../common/http/validators';
import { RATING_CODES, SCHOOL_TERMS, type SchoolTerm } from '../rules/rating-scales';

const RATINGS_DOC =
  'Stable codes; labels at GET /reference/schooling. Primary (TT 27/2020) uses `rating`: ' +
  'outstanding (Hoàn thành xuất sắc, whole year only) | excellent (Hoàn thành tốt) | completed ' +
  '(Hoàn thành) | not_completed (Chưa hoàn thành). Secondary (TT 22/2021) uses `learningRating` ' +
  'and `conductRating`: good (Tốt) | fair (Khá) | pass (Đạt) | fail (Chưa đạt). A code of another ' +
  'scale is refused (400, code wrongScale).';

/** Subjects of one report card (TT 22/2021 has fewer than 20 at any level). */
export const MAX_SUBJECTS = 30;
export const MAX_AWARDS = 10;
export const AWARD_MAX_LENGTH = 200;
export const SUBJECT_MAX_LENGTH = 60;

export class SubjectResultDto {
  @ApiProperty({ example: 'Toán' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SUBJECT_MAX_LENGTH)
  subject!: string;

  @ApiPropertyOptional({ example: 7.5, minimum: 0, maximum: 10 })
  @IsOptional()
  @IsDecimal(2)
  @Min(0)
  @Max(10)
  score?: number;

  @ApiPropertyOptional({
    example: 'pass',
    description:
      'Subjects assessed by comment: primary excellent|completed|not_completed, secondary pass|fail',
  })
  @IsOptional()
  @IsIn(RATING_CODES)
  rating?: string;
}

export class CreateResultDto {
  @ApiProperty({ enum: SCHOOL_TERMS, example: 'HK1', description: 'HK1, HK2 or the whole year' })
  @IsIn(SCHOOL_TERMS)
  term!: SchoolTerm;

  @ApiPropertyOptional({ example: 'excellent', description: RATINGS_DOC })
  @IsOptional()
  @IsIn(RATING_CODES)
  rating?: string;

  @ApiPropertyOptional({ example: 'fair', description: 'Secondary: kết quả học tập' })
  @IsOptional()
  @IsIn(RATING_CODES)
  learningRating?: string;

  @ApiPropertyOptional({ example: 'good', description: 'Secondary: kết quả rèn luyện' })
  @IsOptional()
  @IsIn(RATING_CODES)
  conductRating?: string;

  @ApiPropertyOptional({
    example: 'good',
    description:
      'Primary qualities and competencies: good (Tốt) | pass (Đạt) | needs_effort (Cần cố gắng)',
  })
  @IsOptional()
  @IsIn(RATING_CODES)
  qualitiesRating?: string;

  @ApiPropertyOptional({ type: [SubjectResultDto], maxItems: MAX_SUBJECTS })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SUBJECTS)
  @ValidateNested({ each: true })
  @Type(() => SubjectResultDto)
  subjects?: SubjectResultDto[];

  @ApiPropertyOptional({ example: 3, description: 'School days absent in the term (or year)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(200)
  daysAbsent?: number;

  @ApiPropertyOptional({ example: ['Giấy khen học sinh tiêu biểu'], maxItems: MAX_AWARDS })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_AWARDS)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(AWARD_MAX_LENGTH, { each: true })
  awards?: string[];

  @ApiPropertyOptional({ example: 'Em chăm ngoan, tiến bộ rõ ở môn Toán.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  teacherRemarks?: string;
}

/** Corrects a term result (the term itself is fixed); `null` clears a clearable field. */
export class UpdateResultDto {
  @ApiPropertyOptional({ description: RATINGS_DOC })
  @Optional()
  @IsIn(RATING_CODES)
  rating?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsIn(RATING_CODES)
  learningRating?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsIn(RATING_CODES)
  conductRating?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsIn(RATING_CODES)
  qualitiesRating?: string | null;

  @ApiPropertyOptional({ type: [SubjectResultDto], maxItems: MAX_SUBJECTS })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_SUBJECTS)
  @ValidateNested({ each: true })
  @Type(() => SubjectResultDto)
  subjects?: SubjectResultDto[];

  @ApiPropertyOptional({ nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(200)
  daysAbsent?: number | null;

  @ApiPropertyOptional({ type: [String], maxItems: MAX_AWARDS })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_AWARDS)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(AWARD_MAX_LENGTH, { each: true })
  awards?: string[];

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  teacherRemarks?: string | null;
}
