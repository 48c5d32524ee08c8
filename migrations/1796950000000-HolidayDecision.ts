import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each facility's record of the yearly holiday decision (the computed days off — Điều 112 BLLĐ
 * 2019 with substitute days — are no longer stored). The national 2025 rows lacked one fact the
 * computed calendar needs: Tết 2025 was 27–31/1, so Monday 3/2/2025 was worked (no substitute day).
 */
export class HolidayDecision1796950000000 implements MigrationInterface {
  name = 'HolidayDecision1796950000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "holiday_decision" ("facility_id" uuid NOT NULL, "year" integer NOT NULL, "reference" character varying(300) NOT NULL, "changes" jsonb NOT NULL DEFAULT '[]', "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_holiday_decision" PRIMARY KEY ("facility_id", "year"))`,
    );
    await queryRunner.query(
      `INSERT INTO "holiday_override" ("date", "kind", "name", "source") VALUES
        ('2025-02-03', 'working_day', 'Làm việc (Tết Ất Tỵ nghỉ 27–31/1, không nghỉ bù)', 'Thông báo nghỉ lễ, Tết năm 2025 của Bộ Nội vụ / Bộ LĐ-TB&XH')
       ON CONFLICT ("date") DO NOTHING`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "holiday_override" WHERE "date" = '2025-02-03'`);
    await queryRunner.query(`DROP TABLE "holiday_decision"`);
  }
}
