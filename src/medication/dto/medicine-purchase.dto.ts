import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  DATE_LENGTH,
  IsCalendarDate,
  IsMonth,
  MONTH_LENGTH,
  TIMESTAMP_LENGTH,
  UUID_LENGTH,
} from '../../common/http/validators';
import { columnLength } from '../../database/columns';
import { MedicinePurchase } from '../medicine-purchase.entity';

/** Required text has something besides spaces. */
const NOT_BLANK = /\S/;
const len = (p: keyof MedicinePurchase) => columnLength(MedicinePurchase, p);

export class CreateMedicinePurchaseDto {
  @ApiProperty({ example: '2026-12-03' }) @IsCalendarDate() purchasedOn!: string;
  @ApiProperty({ example: 'Paracetamol 500 mg, 10 hộp; siro ho trẻ em, 6 chai', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @Matches(NOT_BLANK, { message: '$property must not be blank' })
  @MaxLength(300)
  description!: string;
  @ApiPropertyOptional({ example: 'Nhà thuốc Minh Châu', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  supplier?: string;
  @ApiPropertyOptional({ example: 'HĐ 0001234', maxLength: 60 })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  invoiceNumber?: string;
  @ApiProperty({ example: 1250000, minimum: 1, maximum: 10_000_000_000 })
  @IsInt()
  @Min(1)
  @Max(10_000_000_000)
  amountVnd!: number;
}

export class MonthQuery {
  @ApiPropertyOptional({ example: '2026-12', description: "Default: the facility's month" })
  @IsOptional()
  @IsMonth()
  month?: string;
}

export class MedicinePurchaseView {
  @ApiProperty({ format: 'uuid', maxLength: UUID_LENGTH }) id!: string;
  @ApiProperty({ type: String, format: 'date', maxLength: DATE_LENGTH }) purchasedOn!: string;
  @ApiProperty({ maxLength: len('description') }) description!: string;
  @ApiProperty({ type: String, nullable: true, maxLength: len('supplier') }) supplier!:
    string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: len('invoiceNumber') })
  invoiceNumber!: string | null;
  @ApiProperty() amountVnd!: number;
  @ApiProperty({ format: 'uuid', maxLength: UUID_LENGTH }) createdBy!: string;
  @ApiProperty({ type: String, format: 'date-time', maxLength: TIMESTAMP_LENGTH }) createdAt!: Date;
  @ApiProperty() version!: number;
}

/**
 * The month's cost of common medicines (thuốc chữa bệnh thông thường) per resident, against the
 * ceiling of ND 20/2021 Điều 25 (actual cost, at most 100,000 đ per person and month).
 */
export class MedicineCostView {
  @ApiProperty({ maxLength: MONTH_LENGTH, example: '2026-12' }) month!: string;
  @ApiProperty() totalVnd!: number;
  @ApiProperty({
    description: 'Residents present in the month (active or on leave, admitted by its end)',
  })
  residents!: number;
  @ApiProperty({ description: 'totalVnd / residents, rounded to the đồng' })
  perResidentVnd!: number;
  @ApiProperty({ example: 100000 }) ceilingVnd!: number;
  @ApiProperty() overCeiling!: boolean;
}

export class MedicinePurchasesView {
  @ApiProperty({ type: MedicineCostView }) cost!: MedicineCostView;
  @ApiProperty({ type: [MedicinePurchaseView], maxItems: 1000 }) items!: MedicinePurchaseView[];
}

export function toPurchaseView(p: MedicinePurchase): MedicinePurchaseView {
  return {
    id: p.id,
    purchasedOn: p.purchasedOn,
    description: p.description,
    supplier: p.supplier,
    invoiceNumber: p.invoiceNumber,
    amountVnd: p.amountVnd,
    createdBy: p.createdBy,
    createdAt: p.createdAt,
    version: p.version,
  };
}
