import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * staff_role_period: each staff account's facility and role with the dates they held, so reports
 * count a past period's staff by role as they were then. Backfilled from the accounts: one period
 * from the day each was created (facility time zone) with the role it has today (the only one
 * known), still open for an active account, closed on the day an inactive one was last written
 * (the deactivation, as far as anything tells).
 */
export class StaffRolePeriod1796970500000 implements MigrationInterface {
  name = 'StaffRolePeriod1796970500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "staff_role_period" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a9e8b4b2b7b2714a739b2ca24ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3cb787be61c16e43ed839d0513" ON "staff_role_period" ("facility_id", "valid_from") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_07a0c7b781da857657677511c1" ON "staff_role_period" ("user_id", "valid_from") `,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_role_period" ADD CONSTRAINT "FK_e505327fdada2ef5ffeee59cdd9" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_role_period" ADD CONSTRAINT "FK_2e72243d0f9ad9f14ee40a38173" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
      INSERT INTO staff_role_period (facility_id, user_id, role, valid_from, valid_to)
      SELECT u.facility_id, u.id, u.role::text, x.created_on, CASE WHEN u.active THEN NULL ELSE x.updated_on END
        FROM app_user u JOIN facility f ON f.id = u.facility_id
        CROSS JOIN LATERAL (SELECT (u.created_at AT TIME ZONE f.timezone)::date AS created_on,
                                   (u.updated_at AT TIME ZONE f.timezone)::date AS updated_on) x
       WHERE u.active OR x.updated_on > x.created_on`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "staff_role_period" DROP CONSTRAINT "FK_2e72243d0f9ad9f14ee40a38173"`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_role_period" DROP CONSTRAINT "FK_e505327fdada2ef5ffeee59cdd9"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_07a0c7b781da857657677511c1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3cb787be61c16e43ed839d0513"`);
    await queryRunner.query(`DROP TABLE "staff_role_period"`);
  }
}
