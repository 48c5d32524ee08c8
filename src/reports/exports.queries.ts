import type { EntityManager } from 'typeorm';
import type { ResidentCategory } from '../residents/model/categories';
import type { AdmissionType, ResidentStatus, Sex } from '../residents/model/resident.enums';

type Mobility = 'independent' | 'assisted' | 'wheelchair' | 'bedridden';
type DisabilityLevel = 'mild' | 'severe' | 'extreme';

/** One resident's line of the register export, as the query gives it. */
export interface RegisterRow {
  code: string;
  full_name: string;
  date_of_birth: string | null;
  birth_year: number | null;
  birth_date_estimated: boolean;
  sex: Sex;
  ethnicity: string;
  categories: ResidentCategory[];
  status: ResidentStatus;
  type: AdmissionType | null;
  admitted_on: string;
  decision_no: string | null;
  decision_date: string | null;
  found_at: string | null;
  found_on: string | null;
  found_by: string | null;
  contract_no: string | null;
  contract_starts_on: string | null;
  contract_ends_on: string | null;
  payer: string | null;
  room: string | null;
  bed: string | null;
  mobility: Mobility;
  needs24h_care: boolean;
  disability_kind: string | null;
  disability_level: DisabilityLevel | null;
  hometown_province: string | null;
  health_insurance_number: string | null;
}

/** The facility's register: every resident with their current admission, in name order. */
export function registerRows(manager: EntityManager, facilityId: string): Promise<RegisterRow[]> {
  return manager.query(
    `SELECT r.code, r.full_name, to_char(r.date_of_birth, 'YYYY-MM-DD') AS date_of_birth, r.birth_year,
              r.birth_date_estimated, r.sex, e.name AS ethnicity, r.categories, r.status,
              a.type, to_char(r.admitted_on, 'YYYY-MM-DD') AS admitted_on, a.decision_no,
              to_char(a.decision_date, 'YYYY-MM-DD') AS decision_date,
              a.emergency->>'foundAt' AS found_at, a.emergency->>'foundOn' AS found_on,
              a.emergency->>'foundBy' AS found_by, a.voluntary->>'contractNo' AS contract_no,
              a.voluntary->>'startsOn' AS contract_starts_on, a.voluntary->>'endsOn' AS contract_ends_on,
              a.voluntary->>'payer' AS payer, room.code AS room, r.bed, r.mobility, r.needs24h_care,
              r.disability_kind, r.disability_level, r.hometown_province, r.health_insurance_number
         FROM resident r JOIN ethnicity e ON e.code = r.ethnicity_code
         LEFT JOIN admission a ON a.id = r.current_admission_id
         LEFT JOIN room ON room.id = r.room_id
        WHERE r.facility_id = $1 ORDER BY r.sort_name, r.id`,
    [facilityId],
  );
}
