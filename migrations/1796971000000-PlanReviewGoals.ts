import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A plan review speaks of goals as the plan does: `goals: [{ key, status, note }]`, not
 * `progress: [{ goalKey, progress, note }]`. The column is renamed and every stored item rewritten
 * in one statement (a review holds at most 30 items); an item's other fields are kept as they are.
 */
export class PlanReviewGoals1796971000000 implements MigrationInterface {
  name = 'PlanReviewGoals1796971000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_review" RENAME COLUMN "progress" TO "goals"`);
    await queryRunner.query(`
      UPDATE "plan_review" r
         SET "goals" = (SELECT coalesce(jsonb_agg(
                                 (i.item - 'goalKey' - 'progress')
                                 || jsonb_build_object('key', i.item -> 'goalKey',
                                                       'status', i.item -> 'progress')
                                 ORDER BY i.n), '[]'::jsonb)
                          FROM jsonb_array_elements(r."goals") WITH ORDINALITY AS i(item, n))
       WHERE jsonb_typeof(r."goals") = 'array'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE "plan_review" r
         SET "goals" = (SELECT coalesce(jsonb_agg(
                                 (i.item - 'key' - 'status')
                                 || jsonb_build_object('goalKey', i.item -> 'key',
                                                       'progress', i.item -> 'status')
                                 ORDER BY i.n), '[]'::jsonb)
                          FROM jsonb_array_elements(r."goals") WITH ORDINALITY AS i(item, n))
       WHERE jsonb_typeof(r."goals") = 'array'`);
    await queryRunner.query(`ALTER TABLE "plan_review" RENAME COLUMN "goals" TO "progress"`);
  }
}
