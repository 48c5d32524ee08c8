import { MigrationInterface, QueryRunner } from 'typeorm';

/** The outgoing-document register (ND 30/2020): its settings, its yearly counter and its lines. */

export class DocumentRegister1796619845086 implements MigrationInterface {
  name = 'DocumentRegister1796619845086';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "document_register" ("facility_id" uuid NOT NULL, "report_symbol" character varying(40) NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_b7b57122027a48bf7450d4295f6" PRIMARY KEY ("facility_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "document_counter" ("facility_id" uuid NOT NULL, "year" integer NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "PK_366835fbffed3cf081148060549" PRIMARY KEY ("facility_id", "year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "outgoing_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "year" integer NOT NULL, "number" integer NOT NULL, "symbol" character varying(40) NOT NULL, "document_no" character varying(60) NOT NULL, "issued_on" date NOT NULL, "doc_type" character varying(60) NOT NULL, "summary" character varying(500) NOT NULL, "signer" character varying(120) NOT NULL, "report_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0a5bc373aa02d768bf94098a0e2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_8a5fe51ce5c178ea9488b27068" ON "outgoing_document"  ("facility_id", "year", "number") `,
    );
    await queryRunner.query(
      `ALTER TABLE "outgoing_document" ADD CONSTRAINT "FK_40b02c4084e826852e502603b16" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "outgoing_document" DROP CONSTRAINT "FK_40b02c4084e826852e502603b16"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_8a5fe51ce5c178ea9488b27068"`);
    await queryRunner.query(`DROP TABLE "outgoing_document"`);
    await queryRunner.query(`DROP TABLE "document_counter"`);
    await queryRunner.query(`DROP TABLE "document_register"`);
  }
}
