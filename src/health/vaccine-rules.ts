import { addDays, daysBetween, IsoDate } from '../calendar/dates';
import type { FieldError } from '../common/errors/problem.exception';
import type { VaccinePlanDose } from './vaccine-plan-dose.entity';

type PlanDose = Pick<
  VaccinePlanDose,
  'vaccineCode' | 'doseNo' | 'dueAgeDays' | 'minIntervalDays' | 'minAgeDays' | 'maxAgeDays'
>;

/**
 * The doses to plan for a child admitted on `admittedOn`: the plan's date (birth + due age) when
 * it is still ahead; a dose already past its date is caught up from the admission day, each next
 * dose of the vaccine no sooner than the plan's interval after it; a dose that would fall after
 * the plan's "too late" age is not planned, nor the later doses of its vaccine.
 */
export function catchUpPlan<D extends PlanDose>(
  doses: D[],
  birth: IsoDate,
  admittedOn: IsoDate,
): { dose: D; dueOn: IsoDate }[] {
  const planned: { dose: D; dueOn: IsoDate }[] = [];
  const previous = new Map<string, IsoDate | null>();
  const ordered = [...doses].sort((a, b) => a.doseNo - b.doseNo);
  for (const dose of ordered) {
    const before = previous.get(dose.vaccineCode);
    if (before === null) continue; // an earlier dose of this vaccine could not be planned
    let dueOn = addDays(birth, Math.max(dose.dueAgeDays, dose.minAgeDays));
    if (before && dose.minIntervalDays) {
      const spaced = addDays(before, dose.minIntervalDays);
      if (spaced > dueOn) dueOn = spaced;
    }
    if (admittedOn > dueOn) dueOn = admittedOn;
    if (dose.maxAgeDays !== null && daysBetween(birth, dueOn) > dose.maxAgeDays) {
      previous.set(dose.vaccineCode, null);
      continue;
    }
    previous.set(dose.vaccineCode, dueOn);
    planned.push({ dose, dueOn });
  }
  return planned.sort(
    (a, b) =>
      a.dueOn.localeCompare(b.dueOn) || a.dose.vaccineCode.localeCompare(b.dose.vaccineCode),
  );
}

/**
 * What is wrong with giving a dose on `givenOn` by the plan's limits: younger than its minimum age,
 * older than its "too late" age (both only with an exact birth date), or sooner than the interval
 * after the previous dose.
 */
export function doseProblems(
  dose: PlanDose,
  birth: IsoDate | null,
  givenOn: IsoDate,
  previousGivenOn: IsoDate | null,
): FieldError[] {
  const errors: FieldError[] = [];
  if (birth) {
    const age = daysBetween(birth, givenOn);
    if (age < dose.minAgeDays)
      errors.push({
        field: 'givenOn',
        code: 'belowMinAge',
        text: {
          vi: `Mũi này tiêm từ ${dose.minAgeDays} ngày tuổi; ngày này trẻ mới ${age} ngày tuổi`,
          en: `This dose is given from ${dose.minAgeDays} days of age; the child was ${age} days old`,
        },
      });
    if (dose.maxAgeDays !== null && age > dose.maxAgeDays)
      errors.push({
        field: 'givenOn',
        code: 'tooLate',
        text: {
          vi: `Mũi này chỉ tiêm đến ${dose.maxAgeDays} ngày tuổi; ngày này trẻ đã ${age} ngày tuổi`,
          en: `This dose is given up to ${dose.maxAgeDays} days of age; the child was ${age} days old`,
        },
      });
  }
  if (previousGivenOn && dose.minIntervalDays) {
    const gap = daysBetween(previousGivenOn, givenOn);
    // On or before the previous dose is the order rule (409), not an interval.
    if (gap > 0 && gap < dose.minIntervalDays)
      errors.push({
        field: 'givenOn',
        code: 'intervalTooShort',
        text: {
          vi: `Mũi ${dose.doseNo} cần cách mũi ${dose.doseNo - 1} ít nhất ${dose.minIntervalDays} ngày (mới ${gap} ngày)`,
          en: `Dose ${dose.doseNo} needs at least ${dose.minIntervalDays} days after dose ${dose.doseNo - 1} (${gap} days)`,
        },
      });
  }
  return errors;
}
