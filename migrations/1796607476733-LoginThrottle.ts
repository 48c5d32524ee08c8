import { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed logins per (username, client address): throttling that replaces the account lockout. */
export class LoginThrottle1796607476733 implements MigrationInterface {
  name = 'LoginThrottle1796607476733';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_throttle" ("key" character(64) NOT NULL, "failures" integer NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, "last_failure_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e018dcae8e238460e1a1dd96d5" ON "login_throttle"  ("last_failure_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_e018dcae8e238460e1a1dd96d5"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
  }
}
