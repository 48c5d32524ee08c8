import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The day an emergency dossier's alert turns into a warning (N working days before its deadline),
 * computed at admission. Existing admissions: the deadline minus 3 calendar days (what the job
 * used before; the holiday calendar is not at hand in SQL).
 */
export class AdmissionDossierWarnOn1796960200000 implements MigrationInterface {
  name = 'AdmissionDossierWarnOn1796960200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "admission" ADD "dossier_warn_on" date`);
    await queryRunner.query(
      `UPDATE "admission" SET "dossier_warn_on" = "dossier_due_on" - 3 WHERE "dossier_due_on" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "admission" DROP COLUMN "dossier_warn_on"`);
  }
}
