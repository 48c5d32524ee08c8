import { MigrationInterface, QueryRunner } from 'typeorm';

export class DailyCareNutrition1796130774488 implements MigrationInterface {
  name = 'DailyCareNutrition1796130774488';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "daily_record_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "daily_record_id" uuid NOT NULL, "version" integer NOT NULL, "state" jsonb NOT NULL, "replaced_by" uuid NOT NULL, "reason" character varying(500), "replaced_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_175800acb18102c0ae2feaf5af4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_cad7c6f68edd21aeac25cc1dd7" ON "daily_record_revision"  ("daily_record_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "incident" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "severity" character varying(10) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(200) NOT NULL, "description" character varying(4000) NOT NULL, "action_taken" character varying(2000) NOT NULL, "informed" jsonb NOT NULL DEFAULT '[]', "hospitalised" boolean NOT NULL DEFAULT false, "serious" boolean NOT NULL, "reported_by" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5f90b28b0b8238d89ee8edcf96e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d5b2d8ba57383f1e2ffc011746" ON "incident"  ("facility_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_27a83d9343f35bca50cd1d18cc" ON "incident"  ("resident_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "daily_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "record_date" date NOT NULL, "shift" character varying(10) NOT NULL, "meals" jsonb NOT NULL DEFAULT '[]', "fluids_ml" integer, "sleep" character varying(15), "sleep_hours" numeric(3,1), "mood" character varying(15), "hygiene" character varying(15), "toileting" character varying(15), "medication_given" character varying(15), "medication_note" character varying(500), "temperature_c" numeric(3,1), "behaviour_notes" character varying(2000), "notes" character varying(4000), "handover" boolean NOT NULL DEFAULT false, "handover_message" character varying(1000), "created_by" uuid NOT NULL, "updated_by" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0ff08b9ec094d50cddd9ebedeb1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bf597437066f8479470a82e847" ON "daily_record"  ("facility_id", "record_date", "shift") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3e494b0821b21f584d5a602103" ON "daily_record"  ("resident_id", "record_date", "shift") `,
    );
    await queryRunner.query(
      `CREATE TABLE "measurement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "measured_on" date NOT NULL, "weight_kg" numeric(5,2), "height_cm" numeric(4,1), "position" character varying(10), "muac_cm" numeric(3,1), "head_circumference_cm" numeric(3,1), "age_days" integer NOT NULL, "age_estimated" boolean NOT NULL DEFAULT false, "growth" jsonb NOT NULL, "flags" character varying(30) array NOT NULL DEFAULT '{}', "note" character varying(500), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_742ff3cc0dcbbd34533a9071dfd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1d6659b0de5ce9a26a460c3d27" ON "measurement"  ("facility_id", "measured_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ecf31fc9b1e231c263f59568e4" ON "measurement"  ("resident_id", "measured_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "nutrition_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "version" integer NOT NULL, "diet_type" character varying(30) NOT NULL, "texture" character varying(10) NOT NULL, "allergies" jsonb NOT NULL DEFAULT '[]', "meals_per_day" integer NOT NULL, "energy_kcal" integer, "energy_kcal_rda" integer, "supplements" jsonb NOT NULL DEFAULT '[]', "notes" character varying(2000), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "superseded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cbf8d655e40107533330904e181" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "nutrition_plan_current" ON "nutrition_plan"  ("resident_id") WHERE "superseded_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_09dc6985966280eda6a1b6e785" ON "nutrition_plan"  ("resident_id", "version") `,
    );
    await queryRunner.query(
      `ALTER TABLE "incident" ADD CONSTRAINT "FK_b40fb1b3788e46d30a8a1d911ad" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "daily_record" ADD CONSTRAINT "FK_7ba47884b2e19a1f6ca071bfc0f" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "measurement" ADD CONSTRAINT "FK_e74694f85315496732fa33000b9" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nutrition_plan" ADD CONSTRAINT "FK_df71b9924d5e64e22761dde0f3c" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "nutrition_plan" DROP CONSTRAINT "FK_df71b9924d5e64e22761dde0f3c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "measurement" DROP CONSTRAINT "FK_e74694f85315496732fa33000b9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "daily_record" DROP CONSTRAINT "FK_7ba47884b2e19a1f6ca071bfc0f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident" DROP CONSTRAINT "FK_b40fb1b3788e46d30a8a1d911ad"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_09dc6985966280eda6a1b6e785"`);
    await queryRunner.query(`DROP INDEX "public"."nutrition_plan_current"`);
    await queryRunner.query(`DROP TABLE "nutrition_plan"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ecf31fc9b1e231c263f59568e4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1d6659b0de5ce9a26a460c3d27"`);
    await queryRunner.query(`DROP TABLE "measurement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3e494b0821b21f584d5a602103"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bf597437066f8479470a82e847"`);
    await queryRunner.query(`DROP TABLE "daily_record"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_27a83d9343f35bca50cd1d18cc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d5b2d8ba57383f1e2ffc011746"`);
    await queryRunner.query(`DROP TABLE "incident"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cad7c6f68edd21aeac25cc1dd7"`);
    await queryRunner.query(`DROP TABLE "daily_record_revision"`);
  }
}
