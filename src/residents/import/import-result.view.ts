import { ApiProperty } from '@nestjs/swagger';
import { UUID_LENGTH } from '../../common/http/validators';
import { columnLength } from '../../database/columns';
import { Resident } from '../model/resident.entity';
import { ResidentStatus } from '../model/resident.enums';
import { MAX_IMPORT_ROWS } from './import-columns';
import type { ImportResult } from './import.service';

/** One imported row: the resident it became. */
export class ImportedResidentView {
  @ApiProperty({ description: 'Row of the file' }) row!: number;
  @ApiProperty({ format: 'uuid', maxLength: UUID_LENGTH }) id!: string;
  @ApiProperty({ maxLength: columnLength(Resident, 'code') }) code!: string;
  @ApiProperty({ maxLength: columnLength(Resident, 'fullName') }) fullName!: string;
}

/** A row of a person no longer in care (the register export's "Trạng thái"): not imported. */
export class ImportSkippedRowView {
  @ApiProperty({ description: 'Row of the file' }) row!: number;
  @ApiProperty({ maxLength: columnLength(Resident, 'fullName') }) fullName!: string;
  @ApiProperty({ enum: ResidentStatus }) status!: ResidentStatus;
}

/** The answer of an import (or of its dry run). */
export class ImportResultView implements ImportResult {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ minimum: 0, maximum: MAX_IMPORT_ROWS }) imported!: number;
  @ApiProperty({ type: [ImportedResidentView], maxItems: MAX_IMPORT_ROWS })
  residents!: ImportedResidentView[];
  @ApiProperty({ type: [ImportSkippedRowView], maxItems: MAX_IMPORT_ROWS })
  skipped!: ImportSkippedRowView[];
}
