import { ApiProperty } from '@nestjs/swagger';
import { IsSchoolYear } from '../enrollments/enrollment.dto';

export class FiguresQuery {
  @ApiProperty({ example: '2026-2027' })
  @IsSchoolYear()
  year!: string;
}
