import { MigrationInterface, QueryRunner } from 'typeorm';

export class Schooling1795383801823 implements MigrationInterface {
  name = 'Schooling1795383801823';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."school_level" AS ENUM('nursery', 'primary', 'lower_secondary', 'upper_secondary', 'vocational_intermediate', 'college', 'university', 'continuing_education', 'special_education', 'not_enrolled')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."enrollment_status" AS ENUM('studying', 'completed', 'dropped_out', 'transferred', 'suspended')`,
    );
    await queryRunner.query(
      `CREATE TABLE "enrollment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "school_year" character varying(9) NOT NULL, "level" "public"."school_level" NOT NULL, "grade" integer, "not_enrolled_reason" character varying(500), "school_name" character varying(200), "school_commune" character varying(200), "class_name" character varying(30), "start_date" date NOT NULL, "end_date" date, "boarding_type" character varying(15) NOT NULL DEFAULT 'day', "status" "public"."enrollment_status", "status_note" character varying(500), "rolled_over_from_id" uuid, "voided_at" TIMESTAMP WITH TIME ZONE, "voided_by" uuid, "void_reason" character varying(500), "created_by" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_enrollment_dates" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "ck_enrollment_status" CHECK (("level" = 'not_enrolled') = ("status" IS NULL)), CONSTRAINT "ck_enrollment_grade" CHECK ("grade" IS NULL OR "grade" BETWEEN 1 AND 12), CONSTRAINT "ck_enrollment_school_year" CHECK ("school_year" ~ '^[0-9]{4}-[0-9]{4}$'), CONSTRAINT "PK_7e200c699fa93865cdcdd025885" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_enrollment_active_year" ON "enrollment"  ("resident_id", "school_year") WHERE "voided_at" IS NULL AND ("status" IS NULL OR "status" IN ('studying', 'suspended'))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_177544334df02bfe27aac45a1a" ON "enrollment"  ("resident_id", "school_year") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1ca8476748202b3a5d64263d2b" ON "enrollment"  ("facility_id", "school_year") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."school_term" AS ENUM('HK1', 'HK2', 'year')`);
    await queryRunner.query(
      `CREATE TABLE "school_result" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "enrollment_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "term" "public"."school_term" NOT NULL, "scale" character varying(20) NOT NULL, "rating" character varying(20), "learning_rating" character varying(10), "conduct_rating" character varying(10), "qualities_rating" character varying(15), "subjects" jsonb NOT NULL DEFAULT '[]', "days_absent" integer, "awards" jsonb NOT NULL DEFAULT '[]', "teacher_remarks" character varying(2000), "promotion" character varying(10), "promotion_reason" character varying(40), "created_by" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_school_result_absent" CHECK ("days_absent" IS NULL OR "days_absent" >= 0), CONSTRAINT "PK_ff62b1a4ed0a0f5ba3e9f5de9b8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8de667ffef8839f2f22e8b159e" ON "school_result"  ("facility_id", "term") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_28784551ba605a566b6a372e54" ON "school_result"  ("enrollment_id", "term") `,
    );
    await queryRunner.query(
      `CREATE TABLE "school_year_rollover" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "from_year" character varying(9) NOT NULL, "to_year" character varying(9) NOT NULL, "enrolled" integer NOT NULL, "needs_decision" integer NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1f41e96a609de68e76ea6d43c55" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_1e9779471343cea5857480409f" ON "school_year_rollover"  ("facility_id", "from_year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "vocational_training" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "course" character varying(200) NOT NULL, "institution" character varying(200) NOT NULL, "trade" character varying(120) NOT NULL, "programme_level" character varying(15), "start_date" date NOT NULL, "end_date" date, "status" character varying(15) NOT NULL DEFAULT 'ongoing', "certificate_obtained" boolean NOT NULL DEFAULT false, "certificate_name" character varying(200), "employer" character varying(200), "job_title" character varying(200), "job_started_on" date, "monthly_income_vnd" integer, "notes" character varying(2000), "created_by" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_vocational_training_status" CHECK ("status" IN ('ongoing', 'completed', 'dropped_out')), CONSTRAINT "ck_vocational_training_dates" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "PK_81f74683854b9ba8abe7d063af0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4548d28d9e86b79f4b79c81076" ON "vocational_training"  ("resident_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2d1c2dea26576f36f9a85e463f" ON "vocational_training"  ("facility_id", "start_date") `,
    );
    await queryRunner.query(
      `ALTER TABLE "enrollment" ADD CONSTRAINT "FK_5902be4211ebf7bae536070f00e" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "school_result" ADD CONSTRAINT "FK_8270e727a53dbd6a1c346e5fc4d" FOREIGN KEY ("enrollment_id") REFERENCES "enrollment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vocational_training" ADD CONSTRAINT "FK_4548d28d9e86b79f4b79c81076c" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "vocational_training" DROP CONSTRAINT "FK_4548d28d9e86b79f4b79c81076c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "school_result" DROP CONSTRAINT "FK_8270e727a53dbd6a1c346e5fc4d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrollment" DROP CONSTRAINT "FK_5902be4211ebf7bae536070f00e"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_2d1c2dea26576f36f9a85e463f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4548d28d9e86b79f4b79c81076"`);
    await queryRunner.query(`DROP TABLE "vocational_training"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1e9779471343cea5857480409f"`);
    await queryRunner.query(`DROP TABLE "school_year_rollover"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_28784551ba605a566b6a372e54"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8de667ffef8839f2f22e8b159e"`);
    await queryRunner.query(`DROP TABLE "school_result"`);
    await queryRunner.query(`DROP TYPE "public"."school_term"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1ca8476748202b3a5d64263d2b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_177544334df02bfe27aac45a1a"`);
    await queryRunner.query(`DROP INDEX "public"."uq_enrollment_active_year"`);
    await queryRunner.query(`DROP TABLE "enrollment"`);
    await queryRunner.query(`DROP TYPE "public"."enrollment_status"`);
    await queryRunner.query(`DROP TYPE "public"."school_level"`);
  }
}
