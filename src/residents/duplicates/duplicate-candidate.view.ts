import { ApiProperty } from '@nestjs/swagger';
import { DATE_LENGTH, UUID_LENGTH } from '../../common/http/validators';
import { columnLength } from '../../database/columns';
import { Resident } from '../model/resident.entity';
import { ResidentStatus } from '../model/resident.enums';

/** A likely duplicate of a person in the register, and why. */
export class DuplicateCandidateView {
  @ApiProperty({ format: 'uuid', maxLength: UUID_LENGTH }) id!: string;
  @ApiProperty({ maxLength: columnLength(Resident, 'code') }) code!: string;
  @ApiProperty({ maxLength: columnLength(Resident, 'fullName') }) fullName!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date', maxLength: DATE_LENGTH })
  dateOfBirth!: string | null;
  @ApiProperty({ nullable: true, type: Number }) birthYear!: number | null;
  @ApiProperty({ enum: ResidentStatus }) status!: ResidentStatus;
  @ApiProperty({ enum: ['personal_id', 'name_and_birth'] }) reason!:
    'personal_id' | 'name_and_birth';
}
