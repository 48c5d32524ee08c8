import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { IsCalendarDate, IsMonth, Optional, UUID_LENGTH } from '../../common/http/validators';
import { CLOSURE_REASONS, EVALUATION_OUTCOMES } from '../case.enums';
import type { ClosureReason, EvaluationOutcome } from '../case.enums';

export class OpenCaseDto {
  @ApiPropertyOptional({
    description: 'A social worker of the centre (default: the caller or the least busy)',
  })
  @Optional()
  @IsUUID()
  @MaxLength(UUID_LENGTH)
  caseWorkerId?: string;
  @ApiPropertyOptional({ example: '2026-11-02', description: 'Default: today' })
  @Optional()
  @IsCalendarDate()
  openedOn?: string;
  @ApiPropertyOptional({ description: 'A protection case: its case notes are sensitive' })
  @Optional()
  @IsBoolean()
  protection?: boolean;
}

export class UpdateCaseDto {
  @ApiPropertyOptional() @Optional() @IsUUID() @MaxLength(UUID_LENGTH) caseWorkerId?: string;
  @ApiPropertyOptional() @Optional() @IsBoolean() protection?: boolean;
}

/** Step 5: the evaluation that closing needs (đánh giá kết quả). */
export class EvaluateCaseDto {
  @ApiProperty({ example: '2026-11-20' }) @IsCalendarDate() evaluatedOn!: string;
  @ApiProperty({ enum: EVALUATION_OUTCOMES })
  @IsIn(EVALUATION_OUTCOMES)
  outcome!: EvaluationOutcome;
  @ApiProperty({
    example: 'Em đã ổn định tâm lý, đi học đều; gia đình chú ruột sẵn sàng nhận nuôi.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  evaluation!: string;
}

export class CloseCaseDto {
  @ApiProperty({ example: '2026-11-25' }) @IsCalendarDate() closedOn!: string;
  @ApiProperty({ enum: CLOSURE_REASONS }) @IsIn(CLOSURE_REASONS) reason!: ClosureReason;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class MonthQuery {
  @ApiProperty({ example: '2026-11' })
  @IsMonth()
  month!: string;
}
