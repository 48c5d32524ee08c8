import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/**
 * The facility's register settings (the admin's): the symbol its reports carry after the number
 * (ký hiệu, ND 30/2020 Phụ lục III: "BC-" and the issuing body's abbreviation).
 */
@Entity('document_register')
export class DocumentRegister {
  @PrimaryColumn('uuid') facilityId!: string;
  @Column({ type: 'varchar', length: 40 }) reportSymbol!: string;
  @VersionColumn() version!: number;
}

/**
 * The last number given in a year: taken with one upsert, whose row lock makes two finalisations
 * at once wait for each other and get consecutive numbers; a rolled-back one gives its number
 * back, since it was never issued.
 */
@Entity('document_counter')
export class DocumentCounter {
  @PrimaryColumn('uuid') facilityId!: string;
  @PrimaryColumn('int') year!: number;
  @Column({ type: 'int' }) lastNumber!: number;
}
