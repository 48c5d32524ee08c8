import { ApiProperty } from '@nestjs/swagger';
import { UUID_LENGTH } from '../../common/http/validators';
import { columnLength } from '../../database/columns';
import { Facility } from '../../facilities/facility.entity';
import type { FacilitySummary } from '../province.service';

const COUNT = { type: Number, minimum: 0 } as const;
const NULLABLE_COUNT = { ...COUNT, nullable: true, description: 'null: no final report' } as const;

/** One facility's latest final monthly report of the month, in figures (no personal detail). */
export class FacilitySummaryView implements FacilitySummary {
  @ApiProperty({ format: 'uuid', maxLength: UUID_LENGTH }) facilityId!: string;
  @ApiProperty({ maxLength: columnLength(Facility, 'code') }) code!: string;
  @ApiProperty({ maxLength: columnLength(Facility, 'name') }) name!: string;
  @ApiProperty() reported!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', maxLength: UUID_LENGTH })
  reportId!: string | null;
  @ApiProperty(NULLABLE_COUNT) reportVersion!: number | null;
  @ApiProperty(NULLABLE_COUNT) atStart!: number | null;
  @ApiProperty(NULLABLE_COUNT) admitted!: number | null;
  @ApiProperty(NULLABLE_COUNT) left!: number | null;
  @ApiProperty(NULLABLE_COUNT) atEnd!: number | null;
  @ApiProperty(NULLABLE_COUNT) children!: number | null;
  @ApiProperty(NULLABLE_COUNT) elderly!: number | null;
  @ApiProperty(NULLABLE_COUNT) disabled!: number | null;
}

/** The sums over the facilities that reported. */
export class ProvinceTotalsView {
  @ApiProperty(COUNT) reporting!: number;
  @ApiProperty(COUNT) facilities!: number;
  @ApiProperty(COUNT) atStart!: number;
  @ApiProperty(COUNT) admitted!: number;
  @ApiProperty(COUNT) left!: number;
  @ApiProperty(COUNT) atEnd!: number;
  @ApiProperty(COUNT) children!: number;
  @ApiProperty(COUNT) elderly!: number;
  @ApiProperty(COUNT) disabled!: number;
}

/** GET /province/summary. */
export class ProvinceSummaryView {
  @ApiProperty({ pattern: '^[0-9]{4}-[0-9]{2}$', maxLength: 7 }) month!: string;
  @ApiProperty({ maxLength: columnLength(Facility, 'provinceCode') }) provinceCode!: string;
  // Every facility of one province: a province runs a few dozen centres at most.
  @ApiProperty({ type: [FacilitySummaryView], maxItems: 1000 }) facilities!: FacilitySummaryView[];
  @ApiProperty({ type: ProvinceTotalsView }) totals!: ProvinceTotalsView;
}
