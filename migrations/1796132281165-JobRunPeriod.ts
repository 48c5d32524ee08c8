import { MigrationInterface, QueryRunner } from 'typeorm';

export class JobRunPeriod1796132281165 implements MigrationInterface {
  name = 'JobRunPeriod1796132281165';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "job_run" ADD "period" character varying(20)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_job_run_period" ON "job_run"  ("job", "period") WHERE ok AND period IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_job_run_period"`);
    await queryRunner.query(`ALTER TABLE "job_run" DROP COLUMN "period"`);
  }
}
