import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsObject,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PHONE_MAX_LENGTH, PHONE_PATTERN } from '../../common/http/text';
import { IsCalendarDate, Optional } from '../../common/http/validators';
import { CONSENT_GIVERS, REFERRAL_KINDS, REFERRAL_OUTCOMES } from '../case.enums';
import type { ConsentGiver, ReferralKind, ReferralOutcome } from '../case.enums';

export class ConsentDto {
  @ApiProperty({ enum: CONSENT_GIVERS }) @IsIn(CONSENT_GIVERS) givenBy!: ConsentGiver;
  @ApiProperty({ example: 'Lò Thị Mai' }) @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @ApiProperty({ example: '2026-11-05' }) @IsCalendarDate() givenOn!: string;
  @ApiProperty({ description: 'Signed consent form (else verbal, noted)' })
  @IsBoolean()
  written!: boolean;
}

export class CreateReferralDto {
  @ApiProperty({ example: '2026-11-06' }) @IsCalendarDate() referredOn!: string;
  @ApiProperty({ enum: REFERRAL_KINDS }) @IsIn(REFERRAL_KINDS) kind!: ReferralKind;
  @ApiProperty({ example: 'Bệnh viện Tâm thần tỉnh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  organisation!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) contactName?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'contactPhone must be a phone number' })
  @MaxLength(PHONE_MAX_LENGTH)
  contactPhone?: string;
  @ApiProperty({ example: 'Đánh giá rối loạn giấc ngủ sau sang chấn' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
  @ApiProperty({ description: 'The referral passes on personal information about the resident' })
  @IsBoolean()
  sharesPersonalData!: boolean;
  @ApiPropertyOptional({ type: ConsentDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => ConsentDto)
  consent?: ConsentDto;
  @ApiPropertyOptional({
    description: 'Admin only: share without consent, with the reason (audited)',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  consentOverrideReason?: string;
}

export class UpdateReferralDto {
  @ApiPropertyOptional({ enum: REFERRAL_OUTCOMES })
  @Optional()
  @IsIn(REFERRAL_OUTCOMES)
  outcome?: ReferralOutcome;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() outcomeOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) outcomeNote?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) contactName?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'contactPhone must be a phone number' })
  @MaxLength(PHONE_MAX_LENGTH)
  contactPhone?: string;
}
