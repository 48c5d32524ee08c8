import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { Optional } from '../../common/http/validators';
import { IsSchoolYear } from '../enrollments/enrollment.dto';

export class RolloverDto {
  @ApiProperty({ example: '2026-2027', description: 'The school year to close' })
  @IsSchoolYear()
  from!: string;

  @ApiPropertyOptional({
    example: 'Trường đã tổng kết năm học sớm theo kế hoạch của tỉnh',
    description:
      'Admin only: closes a school year before it is over (the ministry frame: the year ends before 31 May); audited',
  })
  @Optional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
