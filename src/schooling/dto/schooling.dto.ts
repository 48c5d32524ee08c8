import { ApiProperty } from '@nestjs/swagger';
import { IsSchoolYear } from './enrollment.dto';

export class RolloverDto {
  @ApiProperty({ example: '2026-2027', description: 'The school year to close' })
  @IsSchoolYear()
  from!: string;
}

export class FiguresQuery {
  @ApiProperty({ example: '2026-2027' })
  @IsSchoolYear()
  year!: string;
}
