import { MigrationInterface, QueryRunner } from 'typeorm';

export class AlertOpenSourceIndex1796131421715 implements MigrationInterface {
  name = 'AlertOpenSourceIndex1796131421715';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_alert_open_source" ON "alert"  ("source_type", "source_id") WHERE status <> 'closed'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_alert_open_source"`);
  }
}
