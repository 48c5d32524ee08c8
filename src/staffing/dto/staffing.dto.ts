import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DATE_LENGTH, IsCalendarDate, UUID_LENGTH } from '../../common/http/validators';
import { SHIFTS, type Shift } from '../../daily-care/care.enums';
import { Role } from '../../identity/role';
import { CARER_GROUP_CODES, type CarerGroup } from '../staffing.enums';

const UUID = { format: 'uuid', maxLength: UUID_LENGTH } as const;
const DATE = { type: String, format: 'date', maxLength: DATE_LENGTH } as const;
/** The most rooms one assignment lists, and the most assignments a week's rota holds. */
export const MAX_ROOMS = 50;
export const MAX_ASSIGNMENTS = 1000;

export class WeekQuery {
  @ApiPropertyOptional({
    example: '2026-12-07',
    description: "The week's Monday; default: this week",
  })
  @IsOptional()
  @IsCalendarDate()
  week?: string;
}

/** One person in one shift of one day, with the rooms they care for. */
export class AssignmentDto {
  @ApiProperty(UUID) @IsUUID() @MaxLength(UUID_LENGTH) userId!: string;
  @ApiProperty({ example: '2026-12-07' }) @IsCalendarDate() date!: string;
  @ApiProperty({ enum: SHIFTS }) @IsIn(SHIFTS) shift!: Shift;
  @ApiProperty({ type: [String], items: { type: 'string', ...UUID }, maxItems: MAX_ROOMS })
  @IsArray()
  @ArrayMaxSize(MAX_ROOMS)
  @IsUUID('all', { each: true })
  @MaxLength(UUID_LENGTH, { each: true })
  roomIds!: string[];
  @ApiPropertyOptional({ description: 'May write the rounds of other rooms in this shift (cover)' })
  @IsOptional()
  @IsBoolean()
  cover?: boolean;
}

/** A week's rota, written at once: it replaces every assignment of the week. */
export class PutRotaDto {
  @ApiProperty({ type: [AssignmentDto], maxItems: MAX_ASSIGNMENTS })
  @IsArray()
  @ArrayMaxSize(MAX_ASSIGNMENTS)
  @ValidateNested({ each: true })
  @Type(() => AssignmentDto)
  assignments!: AssignmentDto[];
}

export class AssignmentView {
  @ApiProperty(UUID) id!: string;
  @ApiProperty(UUID) userId!: string;
  @ApiProperty({ maxLength: 200 }) fullName!: string;
  @ApiProperty({ enum: Role }) role!: Role;
  @ApiProperty(DATE) date!: string;
  @ApiProperty({ enum: SHIFTS }) shift!: Shift;
  @ApiProperty({ type: [String], items: { type: 'string', ...UUID }, maxItems: MAX_ROOMS })
  roomIds!: string[];
  @ApiProperty() cover!: boolean;
}

export class RotaView {
  @ApiProperty(DATE) weekStart!: string;
  @ApiProperty({ description: 'Send it back in If-Match to change the week (0: no rota yet)' })
  version!: number;
  @ApiProperty({ type: [AssignmentView], maxItems: MAX_ASSIGNMENTS })
  assignments!: AssignmentView[];
}

export class StaffingQuery {
  @ApiPropertyOptional({ example: '2026-12-07', description: "Default: the facility's today" })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

export class GroupCountView {
  @ApiProperty({ enum: CARER_GROUP_CODES }) group!: CarerGroup;
  @ApiProperty() residents!: number;
  @ApiProperty({ description: 'Residents per carer (TT 33/2017 Điều 5)' }) perCarer!: number;
}

export class StaffCountView {
  @ApiProperty() required!: number;
  @ApiProperty() assigned!: number;
  @ApiProperty() short!: boolean;
}

export class ShiftStaffingView {
  @ApiProperty({ enum: SHIFTS }) shift!: Shift;
  @ApiProperty({ type: StaffCountView }) carers!: StaffCountView;
}

/** A day's staffing against TT 33/2017 Điều 5. */
export class StaffingDayView {
  @ApiProperty(DATE) date!: string;
  @ApiProperty({ description: 'Residents present (active, admitted by then)' }) residents!: number;
  @ApiProperty({ type: [GroupCountView], maxItems: 7 }) groups!: GroupCountView[];
  @ApiProperty({ description: 'Whether the facility has a rota for the day' }) hasRota!: boolean;
  @ApiProperty({ type: [ShiftStaffingView], maxItems: 3 }) shifts!: ShiftStaffingView[];
  @ApiProperty({ type: StaffCountView, description: 'Social workers assigned that day, 1 per 100' })
  socialWorkers!: StaffCountView;
  @ApiProperty({ type: StaffCountView, description: 'Nurses assigned that day, 1 per 50' })
  medicalStaff!: StaffCountView;
}
