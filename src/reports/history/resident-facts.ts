import type { EntityManager } from 'typeorm';

/**
 * Records, in the caller's transaction, that the resident's current facts (categories, room,
 * status, disability level: what the register row holds now; the HIV status its sensitive row
 * holds) are true from `effectiveOn` on. Call it after every write that may change them:
 * admission, readmission, discharge, a status change, a PATCH of the resident or of its
 * sensitive facts (after both are written). Reports count each day by the row that covered it, so a
 * change in December leaves November's figures as they were.
 *
 * - the open period already says the same: nothing is written;
 * - it began that very day: it is overwritten (two changes on one day are one);
 * - otherwise it is closed on `effectiveOn` and a new one opens;
 * - a change dated before later periods (a backdated readmission) replaces those periods.
 */
export async function recordResidentFacts(
  manager: EntityManager,
  residentId: string,
  effectiveOn: string,
): Promise<void> {
  await manager.query(`DELETE FROM resident_fact WHERE resident_id = $1 AND valid_from > $2`, [
    residentId,
    effectiveOn,
  ]);
  const rows: { id: string; valid_from: string; same: boolean }[] = await manager.query(
    `SELECT f.id, to_char(f.valid_from, 'YYYY-MM-DD') AS valid_from,
            (f.categories = r.categories AND f.room_id IS NOT DISTINCT FROM r.room_id
              AND f.status = r.status::text AND f.disability_level IS NOT DISTINCT FROM r.disability_level
              AND f.hiv_status IS NOT DISTINCT FROM s.hiv_status) AS same
       FROM resident_fact f JOIN resident r ON r.id = f.resident_id
       LEFT JOIN resident_sensitive s ON s.resident_id = r.id
      WHERE f.resident_id = $1 ORDER BY f.valid_from DESC LIMIT 1`,
    [residentId],
  );
  const last = rows[0];
  if (last?.same) {
    await manager.query(`UPDATE resident_fact SET valid_to = NULL WHERE id = $1`, [last.id]);
    return;
  }
  if (last && last.valid_from === effectiveOn) {
    await manager.query(
      `UPDATE resident_fact f SET categories = r.categories, room_id = r.room_id, status = r.status::text,
              disability_level = r.disability_level,
              hiv_status = (SELECT s.hiv_status FROM resident_sensitive s WHERE s.resident_id = r.id),
              valid_to = NULL,
              -- A change of the HIV status alone is no correction a report names (see correctedRecords).
              recorded_at = CASE WHEN f.categories = r.categories AND f.room_id IS NOT DISTINCT FROM r.room_id
                                      AND f.status = r.status::text
                                      AND f.disability_level IS NOT DISTINCT FROM r.disability_level
                                 THEN f.recorded_at ELSE now() END
         FROM resident r WHERE f.id = $1 AND r.id = f.resident_id`,
      [last.id],
    );
    return;
  }
  if (last) {
    await manager.query(`UPDATE resident_fact SET valid_to = $2 WHERE id = $1`, [
      last.id,
      effectiveOn,
    ]);
  }
  await manager.query(
    `INSERT INTO resident_fact (facility_id, resident_id, valid_from, categories, room_id, status, disability_level, hiv_status)
     SELECT r.facility_id, r.id, $2, r.categories, r.room_id, r.status::text, r.disability_level, s.hiv_status
       FROM resident r LEFT JOIN resident_sensitive s ON s.resident_id = r.id WHERE r.id = $1`,
    [residentId, effectiveOn],
  );
}

/**
 * The facts of each resident on a day, as SQL joined to `resident r`: the history row covering
 * the day, or (a resident written before the history existed and never changed since) the
 * register row. `$day` is the parameter holding the day.
 */
export function factsOn(day: string, alias = 'h'): string {
  return `LEFT JOIN resident_fact ${alias} ON ${alias}.resident_id = r.id AND ${alias}.valid_from <= ${day}::date
            AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > ${day}::date)`;
}
