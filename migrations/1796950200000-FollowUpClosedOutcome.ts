import { MigrationInterface, QueryRunner } from 'typeorm';

/** A follow-up visit no longer due (the person was readmitted) is closed with its outcome. */
export class FollowUpClosedOutcome1796950200000 implements MigrationInterface {
  name = 'FollowUpClosedOutcome1796950200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "follow_up" ADD "closed_outcome" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "follow_up" ADD "closed_on" date`);
    // Residents already back in care: their earlier stays' open visits are closed the same way.
    await queryRunner.query(
      `UPDATE "follow_up" fu SET "closed_outcome" = 'readmitted', "closed_on" = r.admitted_on
         FROM "resident" r, "discharge" d
        WHERE r.id = fu.resident_id AND d.id = fu.discharge_id AND fu.done_on IS NULL
          AND r.status IN ('active', 'on_leave') AND r.admitted_on >= d.effective_on`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "follow_up" DROP COLUMN "closed_on"`);
    await queryRunner.query(`ALTER TABLE "follow_up" DROP COLUMN "closed_outcome"`);
  }
}
