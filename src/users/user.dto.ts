import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { NotCommonPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/password';
import { Role } from '../identity/role';
import { PageQuery } from '../common/http/pagination';
import { PHONE_MAX_LENGTH, PHONE_PATTERN } from '../common/http/text';
import { Optional, TIMESTAMP_LENGTH, UUID_LENGTH } from '../common/http/validators';
import { columnLength } from '../database/columns';
import { User } from './user.entity';

/** Facility admins manage staff; officers belong to a province and are not created here. */
export const FACILITY_ROLES = [Role.Admin, Role.SocialWorker, Role.Nurse, Role.Caretaker] as const;
export type FacilityRole = (typeof FACILITY_ROLES)[number];

export class CreateUserDto {
  @ApiProperty({ example: 'nguyen.hoa', description: '3–50 of a-z 0-9 . _ -; stored lower-case' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{3,50}$/, { message: 'username must be 3-50 letters, digits, . _ -' })
  @MaxLength(50)
  username!: string;

  @ApiProperty({ example: 'Nguyễn Thị Hoa' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  fullName!: string;

  @ApiProperty({ enum: FACILITY_ROLES }) @IsIn(FACILITY_ROLES) role!: FacilityRole;

  @ApiProperty({ example: 'hoa-chăm-sóc-2026', minLength: PASSWORD_MIN_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  @NotCommonPassword()
  password!: string;

  @ApiPropertyOptional({ example: '0912 345 678' })
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number' })
  @MaxLength(PHONE_MAX_LENGTH)
  phone?: string;

  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(120) email?: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional() @Optional() @IsString() @IsNotEmpty() @MaxLength(120) fullName?: string;
  @ApiPropertyOptional({ enum: FACILITY_ROLES })
  @Optional()
  @IsIn(FACILITY_ROLES)
  role?: FacilityRole;
  @ApiPropertyOptional() @Optional() @IsBoolean() active?: boolean;
  @ApiPropertyOptional({ description: 'Sets a new password and ends every session of the user' })
  @Optional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  @NotCommonPassword()
  password?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number' })
  @MaxLength(PHONE_MAX_LENGTH)
  phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(120) email?: string;
}

export class UserQuery extends PageQuery {
  @ApiPropertyOptional({ enum: FACILITY_ROLES }) @IsOptional() @IsEnum(Role) role?: Role;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  active?: boolean;
}

const INSTANT = { type: String, format: 'date-time', maxLength: TIMESTAMP_LENGTH } as const;

export class UserView {
  @ApiProperty({ format: 'uuid', maxLength: UUID_LENGTH }) id!: string;
  @ApiProperty({ maxLength: columnLength(User, 'username') }) username!: string;
  @ApiProperty({ maxLength: columnLength(User, 'fullName') }) fullName!: string;
  @ApiProperty({ enum: Role }) role!: Role;
  @ApiProperty({ nullable: true, type: String, maxLength: columnLength(User, 'phone') })
  phone!: string | null;
  @ApiProperty({ nullable: true, type: String, maxLength: columnLength(User, 'email') })
  email!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ nullable: true, ...INSTANT }) lockedUntil!: Date | null;
  @ApiProperty({ nullable: true, ...INSTANT }) lastLoginAt!: Date | null;
  @ApiProperty() version!: number;
  @ApiProperty(INSTANT) createdAt!: Date;
}
