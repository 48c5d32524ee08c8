import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../common/http/validators';

/** The moves a resident's status may make here; discharge and death have their own route. */
export const STATUS_MOVES = ['on_leave', 'active', 'transferred'] as const;
export type StatusMove = (typeof STATUS_MOVES)[number];

export class StatusChangeDto {
  @ApiProperty({
    enum: STATUS_MOVES,
    description:
      'on_leave: leave starts; active: back from leave; transferred: moved to another facility',
  })
  @IsIn(STATUS_MOVES)
  to!: StatusMove;
  @ApiProperty({ example: '2026-11-22' }) @IsCalendarDate() effectiveDate!: string;
  @ApiPropertyOptional({ example: 'Về thăm gia đình dịp Tết' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
  @ApiPropertyOptional({ example: '2026-11-29', description: 'on_leave: expected return' })
  @IsOptional()
  @IsCalendarDate()
  expectedReturn?: string;
  @ApiPropertyOptional({
    example: 'Trung tâm Công tác xã hội tỉnh Thái Bình',
    description: 'transferred: required',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  destination?: string;
}
