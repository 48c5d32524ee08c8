import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PHONE_MAX_LENGTH, PHONE_PATTERN } from '../common/http/text';
import { IsDecimal, IsTimeZone, Optional, UUID_LENGTH } from '../common/http/validators';
import { columnLength } from '../database/columns';
import { FacilityType } from './facility.entity';
import { Room, RoomCareLevel } from './room.entity';

/**
 * Places of one facility; admission refuses a resident beyond the capacity, so no list of the
 * residents present is longer.
 */
export const MAX_CAPACITY = 5000;

export class UpdateFacilityDto {
  @ApiPropertyOptional({ example: 'Trung tâm Bảo trợ xã hội tỉnh Hưng Yên' })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;
  @ApiPropertyOptional({ example: 'Sở Y tế tỉnh Hưng Yên' })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  governingBody?: string;
  @ApiPropertyOptional({ enum: FacilityType })
  @Optional()
  @IsEnum(FacilityType)
  facilityType?: FacilityType;
  @ApiPropertyOptional() @Optional() @IsString() @IsNotEmpty() @MaxLength(300) address?: string;
  @ApiPropertyOptional({ example: '0221 3862 345', nullable: true })
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number' })
  @MaxLength(PHONE_MAX_LENGTH)
  phone?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(120) email?: string;
  @ApiPropertyOptional({ example: 80, minimum: 1, maximum: MAX_CAPACITY })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number;
  @ApiPropertyOptional({ example: 'Asia/Ho_Chi_Minh' }) @Optional() @IsTimeZone() timezone?: string;
  @ApiPropertyOptional({ example: 'Sở Y tế tỉnh Hưng Yên' })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reportRecipient?: string;
  @ApiPropertyOptional({ example: 'Nguyễn Thị Hoa' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  directorName?: string;
}

export class CreateRoomDto {
  @ApiProperty({ example: 'P101' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,20}$/)
  @MaxLength(20)
  code!: string;
  @ApiProperty({ example: 'Phòng trẻ 0–6 tuổi' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;
  @ApiPropertyOptional({ example: 'Nhà A' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  building?: string;
  @ApiProperty({ example: 36.5, description: 'Floor area in m²' })
  @IsDecimal(2)
  @Min(1)
  @Max(10000)
  areaM2!: number;
  @ApiProperty({ example: 6 }) @IsInt() @Min(0) @Max(200) beds!: number;
  @ApiPropertyOptional({ enum: RoomCareLevel, default: RoomCareLevel.Standard })
  @Optional()
  @IsEnum(RoomCareLevel)
  careLevel?: RoomCareLevel;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) note?: string;
}

export class UpdateRoomDto {
  @ApiPropertyOptional({ example: 'P101' })
  @Optional()
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,20}$/)
  @MaxLength(20)
  code?: string;
  @ApiPropertyOptional() @Optional() @IsString() @IsNotEmpty() @MaxLength(100) name?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) building?:
    string | null;
  @ApiPropertyOptional()
  @Optional()
  @IsDecimal(2)
  @Min(1)
  @Max(10000)
  areaM2?: number;
  @ApiPropertyOptional() @Optional() @IsInt() @Min(0) @Max(200) beds?: number;
  @ApiPropertyOptional({ enum: RoomCareLevel })
  @Optional()
  @IsEnum(RoomCareLevel)
  careLevel?: RoomCareLevel;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?:
    string | null;
  @ApiPropertyOptional() @Optional() @IsBoolean() active?: boolean;
}

export class RoomView {
  @ApiProperty({ format: 'uuid', maxLength: UUID_LENGTH }) id!: string;
  @ApiProperty({ maxLength: columnLength(Room, 'code') }) code!: string;
  @ApiProperty({ maxLength: columnLength(Room, 'name') }) name!: string;
  @ApiProperty({ nullable: true, type: String, maxLength: columnLength(Room, 'building') })
  building!: string | null;
  @ApiProperty() areaM2!: number;
  @ApiProperty() beds!: number;
  @ApiProperty({ enum: RoomCareLevel }) careLevel!: RoomCareLevel;
  @ApiProperty({ nullable: true, type: String, maxLength: columnLength(Room, 'note') })
  note!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'm² per bed' }) areaPerBedM2!: number | null;
  @ApiProperty({ description: 'At least 6 m² per bed (8 for 24-hour care), TT 33/2017' })
  meetsAreaStandard!: boolean;
  @ApiProperty({ description: 'Residents active or on leave assigned to the room' })
  occupied!: number;
  @ApiProperty() freeBeds!: number;
  @ApiProperty() version!: number;
}
