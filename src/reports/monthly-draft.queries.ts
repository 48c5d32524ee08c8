import type { EntityManager } from 'typeorm';

/** Every facility with its time zone, in code order: the job drafts each one's last month. */
export function facilitiesToDraft(
  manager: EntityManager,
): Promise<{ id: string; timezone: string }[]> {
  return manager.query(`SELECT id, timezone FROM facility ORDER BY code`);
}
