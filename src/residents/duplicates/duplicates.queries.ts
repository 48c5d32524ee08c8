import type { EntityManager } from 'typeorm';
import { foldName } from '../model/identifiers';
import type { ResidentStatus } from '../model/resident.enums';

/** The most likely duplicates listed for one person. */
export const DUPLICATE_CANDIDATES = 20;

export interface DuplicateProbe {
  fullName: string;
  dateOfBirth: string | null;
  birthYear: number | null;
  birthDateEstimated: boolean;
  personalId: string | null;
}

export interface CandidateRow {
  id: string;
  code: string;
  full_name: string;
  date_of_birth: string | null;
  birth_year: number | null;
  status: ResidentStatus;
  same_id: boolean;
}

/**
 * Likely duplicates in the facility's whole register, discharged people included: the same CCCD,
 * or the same name once diacritics and case are removed and a close birth — within a year when
 * both dates are exact, within two years when either is estimated or only a year is known.
 */
export async function duplicateCandidates(
  manager: EntityManager,
  facilityId: string,
  probe: DuplicateProbe,
  excludeId: string | null,
): Promise<CandidateRow[]> {
  const year = probe.dateOfBirth ? Number(probe.dateOfBirth.slice(0, 4)) : probe.birthYear;
  return manager.query(
    `SELECT id, code, full_name, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth, birth_year, status,
            (personal_id IS NOT NULL AND personal_id = $3) AS same_id
       FROM resident
      WHERE facility_id = $1
        AND ($6::uuid IS NULL OR id <> $6::uuid)
        AND (
              (personal_id IS NOT NULL AND personal_id = $3)
           OR (search_name = $2 AND (
                 $4::int IS NULL
              OR CASE
                   WHEN $5::date IS NOT NULL AND date_of_birth IS NOT NULL AND NOT birth_date_estimated AND NOT $7
                     THEN abs(date_of_birth - $5::date) <= 366
                   ELSE abs(coalesce(extract(year FROM date_of_birth)::int, birth_year) - $4::int) <= 2
                 END))
        )
      ORDER BY code
      LIMIT ${DUPLICATE_CANDIDATES}`,
    [
      facilityId,
      foldName(probe.fullName),
      probe.personalId,
      year,
      probe.dateOfBirth,
      excludeId,
      probe.birthDateEstimated,
    ],
  );
}
