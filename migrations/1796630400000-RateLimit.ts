import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The request counts of the API-wide and login rate limits (PgThrottlerStorage), shared by every
 * worker process and replica. UNLOGGED: counts of the last minutes need no crash safety, and
 * skipping the write-ahead log keeps a request's count cheap.
 */
export class RateLimit1796630400000 implements MigrationInterface {
  name = 'RateLimit1796630400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "rate_limit" ("key" character varying(200) NOT NULL, "hits" integer NOT NULL, "window_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "refused" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_rate_limit" PRIMARY KEY ("key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit"`);
  }
}
