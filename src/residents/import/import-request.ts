import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

/** The largest register file accepted (a larger upload is refused before it is read). */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export class ImportQuery {
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  dryRun?: boolean;
}
