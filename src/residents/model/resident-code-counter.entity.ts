import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last sequence number used for resident codes per facility and admission year. */
@Entity('resident_code_counter')
export class ResidentCodeCounter {
  @PrimaryColumn({ type: 'uuid' }) facilityId!: string;
  @PrimaryColumn({ type: 'int' }) year!: number;
  @Column({ type: 'int' }) last!: number;
}
