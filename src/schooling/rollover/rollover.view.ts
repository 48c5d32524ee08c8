import { ApiProperty } from '@nestjs/swagger';
import { columnLength } from '../../database/columns';
import { MAX_CAPACITY } from '../../facilities/facility.dto';
import { Resident } from '../../residents/model/resident.entity';
import { Enrollment } from '../enrollments/enrollment.entity';
import { SCHOOL_LEVEL_CODES } from '../rules/levels';
import type { SchoolLevel } from '../rules/levels';
import { ROLLOVER_DECISIONS } from '../rules/promotion';
import type { RolloverDecision } from '../rules/promotion';
import { SchoolYearRollover } from './school-year-rollover.entity';
import { ID, nullableText } from '../schooling-view-fields';

/** The longest explanation a rollover gives for a decision. */
const REASON_TEXT_LENGTH = Math.max(...Object.values(ROLLOVER_DECISIONS).map((d) => d.vi.length));

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
