import { MigrationInterface, QueryRunner } from 'typeorm';

export class Health1795382872109 implements MigrationInterface {
  name = 'Health1795382872109';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."health_schedule_kind" AS ENUM('periodic_exam', 'annual_exam', 'hiv_monitoring', 'vaccination', 'growth_check', 'dental', 'eye', 'other')`,
    );
    await queryRunner.query(
      `CREATE TABLE "health_check" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "kind" "public"."health_schedule_kind" NOT NULL, "examined_on" date NOT NULL, "weight_kg" numeric(5,2), "height_cm" numeric(5,1), "temperature_c" numeric(3,1), "pulse" integer, "bp_systolic" integer, "bp_diastolic" integer, "spo2" integer, "findings" character varying(4000), "diagnoses" jsonb NOT NULL DEFAULT '[]', "treatment" character varying(2000), "referred_to_hospital" boolean NOT NULL DEFAULT false, "hospital" character varying(200), "next_due_override" date, "examiner" character varying(120) NOT NULL, "schedule_id" uuid, "amends_id" uuid, "amendment_reason" character varying(500), "created_by" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bb6ae6b7bca4235bf4563eaeaad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4007c8a55f5530e46b867e1631" ON "health_check"  ("resident_id", "examined_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_91f7acc2520c8195415cdea003" ON "health_check"  ("facility_id", "examined_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "health_schedule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "kind" "public"."health_schedule_kind" NOT NULL, "interval_months" integer, "interval_days" integer, "fixed_due_on" date, "next_due_on" date, "last_done_on" date, "grace_days" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, "note" character varying(500), "vaccine_code" character varying(20), "dose_no" integer, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_52223fcd07350de239d399ce09" CHECK ("grace_days" >= 0), CONSTRAINT "CHK_80c2884be1553817a98f433e31" CHECK ("interval_months" > 0 OR "interval_days" > 0 OR "fixed_due_on" IS NOT NULL), CONSTRAINT "PK_578f26aa400e279eefe21001fb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_health_schedule_due" ON "health_schedule"  ("next_due_on") WHERE active`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2e18b58aaff005f8b19e6b1596" ON "health_schedule"  ("facility_id", "resident_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "vaccination" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "vaccine_code" character varying(20) NOT NULL, "dose_no" integer NOT NULL, "given_on" date NOT NULL, "lot" character varying(50), "place" character varying(200), "given_by" character varying(120), "schedule_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bcf2c2e82bfb8f6e07c1d038b58" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e972e342dbfb59a272ccd1a265" ON "vaccination"  ("facility_id", "given_on") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_6232e7d3ffa95319e628d4bbd3" ON "vaccination"  ("resident_id", "vaccine_code", "dose_no") `,
    );
    await queryRunner.query(
      `CREATE TABLE "vaccine_plan_dose" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_version" character varying(30) NOT NULL, "effective_from" date NOT NULL, "vaccine_code" character varying(20) NOT NULL, "vaccine_name" character varying(120) NOT NULL, "dose_no" integer NOT NULL, "due_age_days" integer NOT NULL, "min_interval_days" integer, CONSTRAINT "PK_7ad46091b6a81d997e80e7f7805" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_7c698fd1093dbc5fb3a235831a" ON "vaccine_plan_dose"  ("plan_version", "vaccine_code", "dose_no") `,
    );
    await queryRunner.query(
      `ALTER TABLE "health_check" ADD CONSTRAINT "FK_d23dfe3c074bdc40429b5a3f090" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "health_schedule" ADD CONSTRAINT "FK_adb387ba247ae855cbc428edef0" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vaccination" ADD CONSTRAINT "FK_0827a8e71d510b68b06777dc67f" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The national Expanded Programme on Immunization (TT 38/2017/TT-BYT as amended by
    // TT 10/2024/TT-BYT): due ages in days from birth. A new circular is a new plan_version.
    await queryRunner.query(
      `INSERT INTO "vaccine_plan_dose" ("plan_version", "effective_from", "vaccine_code", "vaccine_name", "dose_no", "due_age_days", "min_interval_days") VALUES
        ('EPI-TT10-2024', '2024-08-01', 'HEPB_BIRTH', 'Viêm gan B sơ sinh (trong 24 giờ)', 1, 0, NULL),
        ('EPI-TT10-2024', '2024-08-01', 'BCG', 'Lao (BCG)', 1, 0, NULL),
        ('EPI-TT10-2024', '2024-08-01', 'DPT_HEPB_HIB', 'Bạch hầu - Ho gà - Uốn ván - Viêm gan B - Hib', 1, 60, NULL),
        ('EPI-TT10-2024', '2024-08-01', 'DPT_HEPB_HIB', 'Bạch hầu - Ho gà - Uốn ván - Viêm gan B - Hib', 2, 90, 28),
        ('EPI-TT10-2024', '2024-08-01', 'DPT_HEPB_HIB', 'Bạch hầu - Ho gà - Uốn ván - Viêm gan B - Hib', 3, 120, 28),
        ('EPI-TT10-2024', '2024-08-01', 'OPV', 'Bại liệt uống (bOPV)', 1, 60, NULL),
        ('EPI-TT10-2024', '2024-08-01', 'OPV', 'Bại liệt uống (bOPV)', 2, 90, 28),
        ('EPI-TT10-2024', '2024-08-01', 'OPV', 'Bại liệt uống (bOPV)', 3, 120, 28),
        ('EPI-TT10-2024', '2024-08-01', 'IPV', 'Bại liệt tiêm (IPV)', 1, 150, NULL),
        ('EPI-TT10-2024', '2024-08-01', 'MEASLES', 'Sởi', 1, 270, NULL),
        ('EPI-TT10-2024', '2024-08-01', 'JE', 'Viêm não Nhật Bản', 1, 365, NULL),
        ('EPI-TT10-2024', '2024-08-01', 'JE', 'Viêm não Nhật Bản', 2, 379, 7),
        ('EPI-TT10-2024', '2024-08-01', 'JE', 'Viêm não Nhật Bản', 3, 744, 365),
        ('EPI-TT10-2024', '2024-08-01', 'MR', 'Sởi - Rubella', 1, 540, NULL),
        ('EPI-TT10-2024', '2024-08-01', 'DPT_BOOSTER', 'Bạch hầu - Ho gà - Uốn ván (nhắc lại)', 1, 540, NULL),
        ('EPI-TT10-2024', '2024-08-01', 'TD', 'Uốn ván - Bạch hầu giảm liều (nhắc lại, 7 tuổi)', 1, 2557, NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "vaccination" DROP CONSTRAINT "FK_0827a8e71d510b68b06777dc67f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "health_schedule" DROP CONSTRAINT "FK_adb387ba247ae855cbc428edef0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "health_check" DROP CONSTRAINT "FK_d23dfe3c074bdc40429b5a3f090"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_7c698fd1093dbc5fb3a235831a"`);
    await queryRunner.query(`DROP TABLE "vaccine_plan_dose"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6232e7d3ffa95319e628d4bbd3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e972e342dbfb59a272ccd1a265"`);
    await queryRunner.query(`DROP TABLE "vaccination"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2e18b58aaff005f8b19e6b1596"`);
    await queryRunner.query(`DROP INDEX "public"."idx_health_schedule_due"`);
    await queryRunner.query(`DROP TABLE "health_schedule"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_91f7acc2520c8195415cdea003"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4007c8a55f5530e46b867e1631"`);
    await queryRunner.query(`DROP TABLE "health_check"`);
    await queryRunner.query(`DROP TYPE "public"."health_schedule_kind"`);
  }
}
