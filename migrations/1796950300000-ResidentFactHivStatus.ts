import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * resident_fact.hiv_status: the HIV status a resident had over each period of facts, so the
 * report's "Trẻ em nhiễm HIV" counts a past period by the status of that period. No history of
 * the status was kept before: existing rows take the status recorded today (the only one known).
 */
export class ResidentFactHivStatus1796950300000 implements MigrationInterface {
  name = 'ResidentFactHivStatus1796950300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "resident_fact" ADD "hiv_status" character varying(10)`);
    await queryRunner.query(
      `UPDATE "resident_fact" f SET "hiv_status" = s."hiv_status"
         FROM "resident_sensitive" s WHERE s."resident_id" = f."resident_id"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "resident_fact" DROP COLUMN "hiv_status"`);
  }
}
