import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Code 08 of the ethnic groups list (QĐ 121-TCTK/PPCĐ) is H'Mông; the first list wrote "HMông",
 * the apostrophe lost. A resident's ethnicity is its code, so no other row changes.
 */
export class EthnicityMong1796960000000 implements MigrationInterface {
  name = 'EthnicityMong1796960000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "ethnicity" SET "name" = 'H''Mông' WHERE "code" = '08'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "ethnicity" SET "name" = 'HMông' WHERE "code" = '08'`);
  }
}
