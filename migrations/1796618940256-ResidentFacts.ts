import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * resident_fact: categories, room, status and disability level with the dates they held, so
 * reports count a past period by what was true then. Backfilled from what exists: each stay
 * event opens a period (its status from the event), with the categories and disability level
 * the register holds today (the only ones known) and the current room for the current stay.
 * Also report.corrected_records: what a regenerated version says was written since the last.
 */
export class ResidentFacts1796618940256 implements MigrationInterface {
  name = 'ResidentFacts1796618940256';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "resident_fact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "categories" character varying(40) array NOT NULL, "room_id" uuid, "status" character varying(20) NOT NULL, "disability_level" character varying(20), "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_31b1a1b7c06c91de97a14178e00" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d8372b52882c422841c9fedc00" ON "resident_fact"  ("facility_id", "valid_from") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_9fa997a7d140dc1220d347b9e0" ON "resident_fact"  ("resident_id", "valid_from") `,
    );
    await queryRunner.query(
      `ALTER TABLE "resident_fact" ADD CONSTRAINT "FK_8cd2551c96cbef5f4dada6b1163" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resident_fact" ADD CONSTRAINT "FK_1b5d2847f46a829d598431b345b" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
      WITH ev AS (
        SELECT DISTINCT ON (e.resident_id, e.event_date) e.resident_id, e.event_date,
               CASE e.kind WHEN 'leave_started' THEN 'on_leave' WHEN 'discharged' THEN 'discharged'
                           WHEN 'died' THEN 'deceased' WHEN 'transferred' THEN 'transferred' ELSE 'active' END AS status
          FROM resident_event e
         WHERE e.kind IN ('admitted', 'readmitted', 'leave_started', 'leave_ended', 'discharged', 'died', 'transferred')
         ORDER BY e.resident_id, e.event_date, e.created_at DESC
      ), periods AS (
        SELECT ev.*, lead(ev.event_date) OVER (PARTITION BY ev.resident_id ORDER BY ev.event_date) AS valid_to
          FROM ev
      )
      INSERT INTO resident_fact (facility_id, resident_id, valid_from, valid_to, categories, room_id, status, disability_level)
      SELECT r.facility_id, r.id, p.event_date, p.valid_to, r.categories,
             CASE WHEN p.valid_to IS NULL OR (p.status IN ('active', 'on_leave') AND p.event_date >= r.admitted_on) THEN r.room_id END,
             CASE WHEN p.valid_to IS NULL THEN r.status::text ELSE p.status END, r.disability_level
        FROM periods p JOIN resident r ON r.id = p.resident_id`);
    await queryRunner.query(`ALTER TABLE "report" ADD "corrected_records" jsonb`);
    // A resident with no stay event (none should exist): one period from the admission.
    await queryRunner.query(`
      INSERT INTO resident_fact (facility_id, resident_id, valid_from, categories, room_id, status, disability_level)
      SELECT r.facility_id, r.id, r.admitted_on, r.categories, r.room_id, r.status::text, r.disability_level
        FROM resident r WHERE NOT EXISTS (SELECT 1 FROM resident_fact f WHERE f.resident_id = r.id)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report" DROP COLUMN "corrected_records"`);
    await queryRunner.query(
      `ALTER TABLE "resident_fact" DROP CONSTRAINT "FK_1b5d2847f46a829d598431b345b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "resident_fact" DROP CONSTRAINT "FK_8cd2551c96cbef5f4dada6b1163"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_9fa997a7d140dc1220d347b9e0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d8372b52882c422841c9fedc00"`);
    await queryRunner.query(`DROP TABLE "resident_fact"`);
  }
}
