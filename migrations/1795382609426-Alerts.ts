import { MigrationInterface, QueryRunner } from 'typeorm';

export class Alerts1795382609426 implements MigrationInterface {
  name = 'Alerts1795382609426';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid, "kind" character varying(40) NOT NULL, "severity" character varying(10) NOT NULL DEFAULT 'warning', "source_key" character varying(200) NOT NULL, "source_type" character varying(40) NOT NULL, "source_id" uuid, "due_on" date, "message" character varying(500) NOT NULL, "message_en" character varying(500) NOT NULL, "status" character varying(15) NOT NULL DEFAULT 'open', "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "acknowledged_by" uuid, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledge_note" character varying(1000), "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "PK_ad91cad659a3536465d564a4b2f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e4ce33f38265865a82289a028f" ON "alert"  ("facility_id", "status", "raised_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_cc0c35113f25913272027e8436" ON "alert"  ("facility_id", "kind", "source_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "job_run" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "job" character varying(60) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "raised" integer NOT NULL DEFAULT '0', "closed" integer NOT NULL DEFAULT '0', "ok" boolean NOT NULL DEFAULT false, "error" character varying(500), "runner" character varying(120) NOT NULL, CONSTRAINT "PK_96fe0b041b8bc157dcec25bd8ef" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6f6d5065a0f743bbb29a429b7e" ON "job_run"  ("job", "started_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_6f6d5065a0f743bbb29a429b7e"`);
    await queryRunner.query(`DROP TABLE "job_run"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cc0c35113f25913272027e8436"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e4ce33f38265865a82289a028f"`);
    await queryRunner.query(`DROP TABLE "alert"`);
  }
}
