import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Medication administration (prescriptions, their revisions, a record per dose, medicine
 * purchases) and staffing (the rota: who works which shift in which rooms, a version per week).
 */
export class MedicationStaffing1796618933679 implements MigrationInterface {
  name = 'MedicationStaffing1796618933679';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "medication_administration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "prescription_id" uuid NOT NULL, "prescription_version" integer NOT NULL, "dose_date" date NOT NULL, "dose_time" character varying(5), "outcome" character varying(15) NOT NULL, "reason" character varying(300), "note" character varying(500), "administered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d449c50582b82cd475e152a45a8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b067989d7608bf77822e822a02" ON "medication_administration"  ("prescription_id", "administered_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_daa84a2352dad9081ea447c84e" ON "medication_administration"  ("facility_id", "dose_date")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "medication_dose_once" ON "medication_administration"  ("prescription_id", "dose_date", "dose_time") WHERE "dose_time" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "medicine_purchase" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "purchased_on" date NOT NULL, "description" character varying(300) NOT NULL, "supplier" character varying(200), "invoice_number" character varying(60), "amount_vnd" bigint NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_7005f2a4e3d4dba28ada9643767" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_eeb94bcae902ade75256decdad" ON "medicine_purchase"  ("facility_id", "purchased_on")`,
    );
    await queryRunner.query(
      `CREATE TABLE "prescription_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "prescription_id" uuid NOT NULL, "version" integer NOT NULL, "state" jsonb NOT NULL, "replaced_by" uuid NOT NULL, "replaced_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4acf487336e5ad2c7e93dd0c28b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f354537db120e5081ba6c5fc9b" ON "prescription_revision"  ("prescription_id", "version")`,
    );
    await queryRunner.query(
      `CREATE TABLE "prescription" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "medicine_name" character varying(200) NOT NULL, "strength" character varying(60), "form" character varying(20) NOT NULL, "dose" character varying(60) NOT NULL, "route" character varying(20) NOT NULL, "times" jsonb NOT NULL DEFAULT '[]', "as_needed" boolean NOT NULL DEFAULT false, "prn_reason" character varying(300), "max_per24h" integer, "start_date" date NOT NULL, "end_date" date, "prescriber" character varying(200) NOT NULL, "instructions" character varying(1000), "indication" character varying(300), "sensitive" boolean NOT NULL DEFAULT false, "caretaker_label" character varying(200), "status" character varying(10) NOT NULL DEFAULT 'active', "stopped_at" TIMESTAMP WITH TIME ZONE, "stopped_by" uuid, "stop_reason" character varying(500), "created_by" uuid NOT NULL, "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_eaba5e4414e5382781e08467b51" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cd63622bce1321bee4471876b6" ON "prescription"  ("facility_id", "resident_id", "status")`,
    );
    await queryRunner.query(
      `CREATE TABLE "rota_week" ("facility_id" uuid NOT NULL, "week_start" date NOT NULL, "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_06d3f4b0d909dc090e01365c760" PRIMARY KEY ("facility_id", "week_start"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "staff_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "user_id" uuid NOT NULL, "work_date" date NOT NULL, "shift" character varying(10) NOT NULL, "room_ids" uuid array NOT NULL DEFAULT '{}', "cover" boolean NOT NULL DEFAULT false, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_886669dd0645418f1d6009427b9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9db9a34ffa9ee33831b9aa8df5" ON "staff_assignment"  ("facility_id", "work_date", "shift")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_33c10a5538351d3e5a5c6551d7" ON "staff_assignment"  ("user_id", "work_date", "shift")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_33c10a5538351d3e5a5c6551d7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9db9a34ffa9ee33831b9aa8df5"`);
    await queryRunner.query(`DROP TABLE "staff_assignment"`);
    await queryRunner.query(`DROP TABLE "rota_week"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cd63622bce1321bee4471876b6"`);
    await queryRunner.query(`DROP TABLE "prescription"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f354537db120e5081ba6c5fc9b"`);
    await queryRunner.query(`DROP TABLE "prescription_revision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eeb94bcae902ade75256decdad"`);
    await queryRunner.query(`DROP TABLE "medicine_purchase"`);
    await queryRunner.query(`DROP INDEX "public"."medication_dose_once"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_daa84a2352dad9081ea447c84e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b067989d7608bf77822e822a02"`);
    await queryRunner.query(`DROP TABLE "medication_administration"`);
  }
}
