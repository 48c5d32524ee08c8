import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Facility } from '../../facilities/facility.entity';

/**
 * One line of the facility's outgoing-document register (sổ đăng ký văn bản đi, ND 30/2020 Điều
 * 15–16): its number, sequential within the calendar year and never reused, taken when the
 * document is issued (a report: when it is finalised). Rows are never changed or deleted.
 */
@Entity('outgoing_document')
@Index(['facilityId', 'year', 'number'], { unique: true })
export class OutgoingDocument {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @ManyToOne(() => Facility, { onDelete: 'RESTRICT' }) facility?: Facility;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'int' }) number!: number;
  /** The symbol at the time of issue ("BC-TTBTXH-HY"): a later change of setting does not rewrite it. */
  @Column({ type: 'varchar', length: 40 }) symbol!: string;
  /** "12/BC-TTBTXH-HY" */
  @Column({ type: 'varchar', length: 60 }) documentNo!: string;
  @Column({ type: 'date' }) issuedOn!: string;
  /** Tên loại văn bản: "Báo cáo". */
  @Column({ type: 'varchar', length: 60 }) docType!: string;
  /** Trích yếu nội dung. */
  @Column({ type: 'varchar', length: 500 }) summary!: string;
  /** Người ký. */
  @Column({ type: 'varchar', length: 120 }) signer!: string;
  /** The report this number was given to. */
  @Column({ type: 'uuid', nullable: true }) reportId!: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
