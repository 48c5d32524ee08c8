import { MigrationInterface, QueryRunner } from 'typeorm';

export class Discharge1795383299770 implements MigrationInterface {
  name = 'Discharge1795383299770';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "discharge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "admission_id" uuid, "ground" character varying(20) NOT NULL, "ground_other" character varying(500), "requested_on" date NOT NULL, "decision_no" character varying(50) NOT NULL, "decision_date" date NOT NULL, "decision_late" boolean NOT NULL DEFAULT false, "late_reason" character varying(500), "effective_on" date NOT NULL, "destination" jsonb, "handover" jsonb, "belongings_returned" character varying(1000), "documents_returned" character varying(1000), "allowance_months" integer, "died_on" date, "cause_of_death" character varying(500), "funeral_support_vnd" integer, "age_rule_override_reason" character varying(500), "notes" character varying(2000), "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2b955d22dec4fd487692d1c5602" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7ff106e368c0ec52b30c9d4f66" ON "discharge"  ("resident_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2812653295d8a6a893c1284a56" ON "discharge"  ("facility_id", "effective_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "follow_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "discharge_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "due_on" date NOT NULL, "done_on" date, "method" character varying(10), "living_situation" character varying(1000), "schooling_or_work" character varying(1000), "health" character varying(1000), "risk_level" character varying(10), "notes" character varying(2000), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5c0a5f5b32937e47e0ab09d596c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_69cd78c53ce386e83172ecd3c2" ON "follow_up"  ("discharge_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_da74edcf1181ca9faf91cde3cc" ON "follow_up"  ("facility_id", "due_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reintegration_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "description" character varying(500) NOT NULL, "owner_id" uuid NOT NULL, "due_on" date NOT NULL, "done_on" date, "notes" character varying(1000), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_076dedc223f0f106b78034131cf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a77c6453558d641300f403fa7d" ON "reintegration_step"  ("resident_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d7f79cefb86489c3b9a4d34d98" ON "reintegration_step"  ("facility_id", "due_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "base_level" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid, "effective_from" date NOT NULL, "amount_vnd" integer NOT NULL, "source" character varying(300) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0061d7942d494e2484fea3bfd86" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ba414b6f2c086d12100b9fc969" ON "base_level"  ("facility_id", "effective_from") `,
    );
    await queryRunner.query(
      `ALTER TABLE "discharge" ADD CONSTRAINT "FK_7ff106e368c0ec52b30c9d4f66b" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up" ADD CONSTRAINT "FK_69cd78c53ce386e83172ecd3c28" FOREIGN KEY ("discharge_id") REFERENCES "discharge"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reintegration_step" ADD CONSTRAINT "FK_a77c6453558d641300f403fa7d4" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // National social-assistance base levels (ND 20/2021; ND 76/2024). Provinces add their own.
    await queryRunner.query(
      `INSERT INTO "base_level" ("facility_id", "effective_from", "amount_vnd", "source") VALUES
        (NULL, '2021-07-01', 360000, 'Nghị định 20/2021/NĐ-CP'),
        (NULL, '2024-07-01', 500000, 'Nghị định 76/2024/NĐ-CP')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "reintegration_step" DROP CONSTRAINT "FK_a77c6453558d641300f403fa7d4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up" DROP CONSTRAINT "FK_69cd78c53ce386e83172ecd3c28"`,
    );
    await queryRunner.query(
      `ALTER TABLE "discharge" DROP CONSTRAINT "FK_7ff106e368c0ec52b30c9d4f66b"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_ba414b6f2c086d12100b9fc969"`);
    await queryRunner.query(`DROP TABLE "base_level"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d7f79cefb86489c3b9a4d34d98"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a77c6453558d641300f403fa7d"`);
    await queryRunner.query(`DROP TABLE "reintegration_step"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_da74edcf1181ca9faf91cde3cc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_69cd78c53ce386e83172ecd3c2"`);
    await queryRunner.query(`DROP TABLE "follow_up"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2812653295d8a6a893c1284a56"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7ff106e368c0ec52b30c9d4f66"`);
    await queryRunner.query(`DROP TABLE "discharge"`);
  }
}
