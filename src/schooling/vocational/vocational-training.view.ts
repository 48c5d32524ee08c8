import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { columnLength } from '../../database/columns';
import { VOCATIONAL_PROGRAMME_LEVEL_CODES, VocationalTraining } from './vocational-training.entity';
import { ID, DATE, NULLABLE_DATE, nullableText } from '../schooling-view-fields';

export class VocationalTrainingView {
  @ApiProperty(ID) id!: string;
  @ApiProperty(ID) residentId!: string;
  @ApiProperty({ maxLength: columnLength(VocationalTraining, 'course') }) course!: string;
  @ApiProperty({ maxLength: columnLength(VocationalTraining, 'institution') })
  institution!: string;
  @ApiProperty({ maxLength: columnLength(VocationalTraining, 'trade') }) trade!: string;
  @ApiPropertyOptional({ nullable: true, enum: VOCATIONAL_PROGRAMME_LEVEL_CODES })
  programmeLevel!: string | null;
  @ApiProperty(DATE) startDate!: string;
  @ApiProperty(NULLABLE_DATE) endDate!: string | null;
  @ApiProperty({ enum: ['ongoing', 'completed', 'dropped_out'] }) status!: string;
  @ApiProperty() certificateObtained!: boolean;
  @ApiProperty(nullableText(VocationalTraining, 'certificateName'))
  certificateName!: string | null;
  @ApiProperty(nullableText(VocationalTraining, 'employer')) employer!: string | null;
  @ApiProperty(nullableText(VocationalTraining, 'jobTitle')) jobTitle!: string | null;
  @ApiProperty(NULLABLE_DATE) jobStartedOn!: string | null;
  @ApiProperty({ nullable: true, type: Number }) monthlyIncomeVnd!: number | null;
  @ApiProperty(nullableText(VocationalTraining, 'notes')) notes!: string | null;
  @ApiProperty() version!: number;
}
