import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reports1795383701024 implements MigrationInterface {
  name = 'Reports1795383701024';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "period" character varying(10) NOT NULL, "report_version" integer NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'draft', "report_no" character varying(60) NOT NULL, "issued_on" date NOT NULL, "reason" character varying(500), "changed_figures" jsonb, "remarks" character varying(4000), "data" jsonb NOT NULL, "pdf" bytea NOT NULL, "sha256" character(64) NOT NULL, "pdf_bytes" integer NOT NULL, "generator" character varying(40) NOT NULL, "generated_by" uuid, "generated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finalised_by" uuid, "finalised_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "PK_99e4d0bea58cba73c57f935a546" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_11064e37680806ade815345ce8" ON "report"  ("facility_id", "kind", "period", "report_version") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_11064e37680806ade815345ce8"`);
    await queryRunner.query(`DROP TABLE "report"`);
  }
}
