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
import { RATING_CODES, SCHOOL_TERMS, type SchoolTerm } from '../rating-scales';

const RATINGS_DOC =
  'Stable codes; labels at GET /reference/schooling. Primary (TT 27/2020) uses `rating`: ' +
  'outstanding (Hoàn thành xuất sắc, whole year only) | excellent (Hoàn thành tốt) | completed ' +
  '(Hoàn thành) | not_completed (Chưa hoàn thành). Secondary (TT 22/2021) uses `learningRating` ' +
  'and `conductRating`: good (Tốt) | fair (Khá) | pass (Đạt) | fail (Chưa đạt). A code of another ' +
  'scale is refused (400, code wrongScale).';

export class SubjectResultDto {
  @ApiProperty({ example: 'Toán' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
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

  @ApiPropertyOptional({ type: [SubjectResultDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => SubjectResultDto)
  subjects?: SubjectResultDto[];

  @ApiPropertyOptional({ example: 3, description: 'School days absent in the term (or year)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(200)
  daysAbsent?: number;

  @ApiPropertyOptional({ example: ['Giấy khen học sinh tiêu biểu'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(200, { each: true })
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

  @ApiPropertyOptional({ type: [SubjectResultDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => SubjectResultDto)
  subjects?: SubjectResultDto[];

  @ApiPropertyOptional({ nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(200)
  daysAbsent?: number | null;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(200, { each: true })
  awards?: string[];

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  teacherRemarks?: string | null;
}
