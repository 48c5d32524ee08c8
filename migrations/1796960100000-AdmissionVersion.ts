import { MigrationInterface, QueryRunner } from 'typeorm';

/** An admission's papers are completed after it (PATCH /residents/:id/admission): it is versioned. */
export class AdmissionVersion1796960100000 implements MigrationInterface {
  name = 'AdmissionVersion1796960100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "admission" ADD "version" integer NOT NULL DEFAULT 1`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "admission" DROP COLUMN "version"`);
  }
}
