import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, UUID_LENGTH } from '../../common/http/validators';
import { MAX_CONCERNS, MAX_STAFF_PRESENT } from './children-meeting.entity';

export class ConcernDto {
  @ApiProperty({ example: 'Các em muốn có thêm giờ chơi bóng đá chiều thứ Bảy' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  concern!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) action?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() @MaxLength(UUID_LENGTH) ownerId?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() resolved?: boolean;
}

export class CreateMeetingDto {
  @ApiProperty({ example: '2026-11-08' }) @IsCalendarDate() heldOn!: string;
  @ApiProperty({ minimum: 1, maximum: 1000 }) @IsInt() @Min(1) @Max(1000) childrenPresent!: number;
  @ApiPropertyOptional({ maxItems: MAX_STAFF_PRESENT, example: ['Cô Hạnh', 'Thầy Dũng'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_STAFF_PRESENT)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  staffPresent?: string[];
  @ApiPropertyOptional({ maxItems: MAX_CONCERNS, type: [ConcernDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_CONCERNS)
  @ValidateNested({ each: true })
  @Type(() => ConcernDto)
  concerns?: ConcernDto[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}

export class UpdateMeetingDto extends PartialType(CreateMeetingDto) {}
