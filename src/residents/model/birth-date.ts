/**
 * One convention for a person whose day and month of birth are unknown (a foundling, an elderly
 * person without papers): born on **1 January of the birth year**, as Vietnamese civil and social
 * insurance records do ("không xác định được ngày, tháng sinh thì lấy ngày 01 tháng 01 của năm
 * sinh"). Every age the service computes uses it: allowances and report age bands, the staffing
 * ratios, schooling, vaccinations and growth (whose answers say the birth date is estimated).
 */
export function assumedBirthDate(
  dateOfBirth: string | null,
  birthYear: number | null,
): string | null {
  if (dateOfBirth) return dateOfBirth;
  return birthYear ? `${String(birthYear).padStart(4, '0')}-01-01` : null;
}

/** The same in SQL, for a resident row aliased `alias` (date_of_birth, birth_year). */
export function birthDateSql(alias: string): string {
  return `coalesce(${alias}.date_of_birth, make_date(${alias}.birth_year, 1, 1))`;
}
