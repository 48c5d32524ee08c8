import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  DATE_LENGTH,
  MAX_DATE_YEAR,
  MIN_DATE_YEAR,
  TIMESTAMP_LENGTH,
  UUID_LENGTH,
} from '../../common/http/validators';
import { PageQuery } from '../../common/http/pagination';
import type { DocumentRegister } from './document-register.entity';
import type { OutgoingDocument } from './outgoing-document.entity';

/** "BC-TTBTXH-HY": the type's abbreviation and the issuing body's, capitals and digits, dashes between. */
export const SYMBOL_PATTERN = /^[A-ZĐ0-9]{1,12}(-[A-ZĐ0-9]{1,12}){1,4}$/;

export class RegisterSettingsView {
  @ApiProperty({ example: 'BC-TTBTXH-HY', maxLength: 40 }) reportSymbol!: string;
  @ApiProperty({ description: '0 while the facility keeps the default symbol' }) version!: number;
}

export class UpdateRegisterSettingsDto {
  @ApiProperty({ example: 'BC-TTBTXH-HY', maxLength: 40, pattern: SYMBOL_PATTERN.source })
  @MaxLength(40)
  @Matches(SYMBOL_PATTERN)
  reportSymbol!: string;
}

export class RegisterQuery extends PageQuery {
  @ApiPropertyOptional({ example: 2026, minimum: MIN_DATE_YEAR, maximum: MAX_DATE_YEAR })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(MIN_DATE_YEAR)
  @Max(MAX_DATE_YEAR)
  year?: number;
}

export class OutgoingDocumentView {
  @ApiProperty({ format: 'uuid', maxLength: UUID_LENGTH }) id!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 12 }) number!: number;
  @ApiProperty({ example: 'BC-TTBTXH-HY', maxLength: 40 }) symbol!: string;
  @ApiProperty({ example: '12/BC-TTBTXH-HY', maxLength: 60 }) documentNo!: string;
  @ApiProperty({ example: '2026-12-07', format: 'date', maxLength: DATE_LENGTH }) issuedOn!: string;
  @ApiProperty({ example: 'Báo cáo', maxLength: 60 }) docType!: string;
  @ApiProperty({ maxLength: 500 }) summary!: string;
  @ApiProperty({ maxLength: 120 }) signer!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, maxLength: UUID_LENGTH })
  reportId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', maxLength: TIMESTAMP_LENGTH }) createdAt!: Date;
}

export function toOutgoingDocumentView(d: OutgoingDocument): OutgoingDocumentView {
  return {
    id: d.id,
    year: d.year,
    number: d.number,
    symbol: d.symbol,
    documentNo: d.documentNo,
    issuedOn: d.issuedOn,
    docType: d.docType,
    summary: d.summary,
    signer: d.signer,
    reportId: d.reportId,
    createdAt: d.createdAt,
  };
}

export function toSettingsView(
  s: Pick<DocumentRegister, 'reportSymbol' | 'version'>,
): RegisterSettingsView {
  return { reportSymbol: s.reportSymbol, version: s.version };
}
