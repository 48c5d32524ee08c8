import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Role } from './role';

export class LoginDto {
  @ApiProperty({ example: 'admin' }) @IsString() @IsNotEmpty() @MaxLength(50) username!: string;
  @ApiProperty({ example: 'demo-2026-maiam' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  password!: string;
}

export class RefreshDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) refreshToken!: string;
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
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: Role }) role!: Role;
  @ApiProperty({ nullable: true, type: String }) facilityId!: string | null;
  @ApiProperty({ nullable: true, type: String }) facilityName!: string | null;
  @ApiProperty({ nullable: true, type: String }) provinceCode!: string | null;
}

export class TokenPairView {
  @ApiProperty() accessToken!: string;
  @ApiProperty() refreshToken!: string;
  @ApiProperty({ description: 'Seconds until the access token expires', example: 900 })
  expiresIn!: number;
  @ApiProperty({ type: MeView }) user!: MeView;
}
