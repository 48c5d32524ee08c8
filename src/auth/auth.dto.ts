import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { UUID_LENGTH } from '../common/http/validators';
import { columnLength } from '../database/columns';
import { Facility } from '../facilities/facility.entity';
import { User } from '../users/user.entity';
import { Role } from '../identity/role';

/**
 * An access token is a HS256 JWT of sub, role, typ, iat and exp: about 245 characters; the
 * document promises at most this many.
 */
export const ACCESS_TOKEN_MAX_LENGTH = 512;
/** A refresh token is its row id (a UUID), a dot and 32 random bytes in base64url (43). */
export const REFRESH_TOKEN_LENGTH = UUID_LENGTH + 1 + 43;

export class LoginDto {
  @ApiProperty({ example: 'admin' }) @IsString() @IsNotEmpty() @MaxLength(50) username!: string;
  @ApiProperty({ example: 'demo-2026-maiam' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  password!: string;
}

export class RefreshDto {
  @ApiPropertyOptional({
    description:
      'Required for API clients; the web app leaves it out and sends its cookie (with X-Requested-With: mai-am-web)',
  })
  // Absent is allowed (the cookie form); null or empty is not a token.
  @ValidateIf((o: RefreshDto) => o.refreshToken !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken?: string;
}

export class LogoutDto {
  @ApiPropertyOptional({
    description: 'Ends this login only; without it every session of the user ends',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

export class MeView {
  @ApiProperty({ format: 'uuid', maxLength: UUID_LENGTH }) id!: string;
  @ApiProperty({ maxLength: columnLength(User, 'username') }) username!: string;
  @ApiProperty({ maxLength: columnLength(User, 'fullName') }) fullName!: string;
  @ApiProperty({ enum: Role }) role!: Role;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', maxLength: UUID_LENGTH })
  facilityId!: string | null;
  @ApiProperty({ nullable: true, type: String, maxLength: columnLength(Facility, 'name') })
  facilityName!: string | null;
  @ApiProperty({ nullable: true, type: String, maxLength: columnLength(User, 'provinceCode') })
  provinceCode!: string | null;
}

export class TokenPairView {
  @ApiProperty({ maxLength: ACCESS_TOKEN_MAX_LENGTH }) accessToken!: string;
  @ApiProperty({ maxLength: REFRESH_TOKEN_LENGTH }) refreshToken!: string;
  @ApiProperty({ description: 'Seconds until the access token expires', example: 900 })
  expiresIn!: number;
  @ApiProperty({ type: MeView }) user!: MeView;
}
