import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The plan's age limits per dose, as data of the plan version: the youngest age a dose may be
 * given and the oldest ("too late"), in days. EPI-TT10-2024: the birth hepatitis B dose within 7
 * days; BCG and the pentavalent in the first year (trẻ dưới 1 tuổi); the pentavalent and OPV from 6
 * weeks; IPV from 14 weeks; measles and MR from 9 months; JE from 12 months; the DPT booster from
 * 12 months and before 7 years (whole-cell pertussis); Td from 7 years.
 */
export class VaccineAgeLimits1796950100000 implements MigrationInterface {
  name = 'VaccineAgeLimits1796950100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "vaccine_plan_dose" ADD "min_age_days" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(`ALTER TABLE "vaccine_plan_dose" ADD "max_age_days" integer`);
    await queryRunner.query(
      `UPDATE "vaccine_plan_dose" d SET "min_age_days" = v.min_age, "max_age_days" = v.max_age
         FROM (VALUES ('HEPB_BIRTH', 0, 7), ('BCG', 0, 364), ('DPT_HEPB_HIB', 42, 364),
                      ('OPV', 42, 1825), ('IPV', 98, 1825), ('MEASLES', 270, NULL),
                      ('JE', 365, NULL), ('MR', 270, NULL), ('DPT_BOOSTER', 365, 2556),
                      ('TD', 2557, NULL)) AS v(code, min_age, max_age)
        WHERE d.vaccine_code = v.code AND d.plan_version = 'EPI-TT10-2024'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vaccine_plan_dose" DROP COLUMN "max_age_days"`);
    await queryRunner.query(`ALTER TABLE "vaccine_plan_dose" DROP COLUMN "min_age_days"`);
  }
}
