import type { EntityManager } from 'typeorm';
import type { MedicineCostsService } from '../../medication/medicine-costs.service';
import type { BaseLevelService } from '../../money/base-level.service';
import type { AllowanceFigures, CommonMedicineFigures } from '../monthly-figures';
import { entitledCounts, funeralSupport } from '../monthly-figures.queries';

/** ND 20/2021 Điều 25: base × 5.0 under 4 years old, × 4.0 from 4; age on the 1st of the month. */
export async function allowance(
  services: { baseLevels: BaseLevelService; medicineCosts: MedicineCostsService },
  manager: EntityManager,
  facilityId: string,
  first: string,
  last: string,
): Promise<AllowanceFigures> {
  const { baseLevels, medicineCosts } = services;
  const level = await baseLevels.inForce(manager, facilityId, first);
  const rows = await entitledCounts(manager, facilityId, first);
  const funeral = await funeralSupport(manager, facilityId, first, last);
  const medicine = await medicineCosts.costOfMonth(manager, facilityId, first.slice(0, 7));
  const under4 = rows[0]?.under4 ?? 0;
  const older = rows[0]?.older ?? 0;
  const base = level?.amountVnd ?? null;
  return {
    baseLevel: base,
    entitled: under4 + older,
    coefficient5: under4,
    coefficient4: older,
    totalVnd: base === null ? null : Math.round(base * (5 * under4 + 4 * older)),
    funeralSupportVnd: funeral[0]?.total ?? 0,
    deathsWithFuneralSupport: funeral[0]?.n ?? 0,
    commonMedicine: {
      recorded: true,
      value: {
        totalVnd: medicine.totalVnd,
        residentMonths: medicine.residents,
        perResidentMonthVnd: medicine.perResidentVnd,
        ceilingVnd: medicine.ceilingVnd,
        monthsOverCeiling: medicine.overCeiling ? 1 : 0,
        months: 1,
      },
    },
  };
}

/** A period's allowance: entitled people and coefficients of its last month, money summed. */
export function sumAllowance(months: AllowanceFigures[]): AllowanceFigures {
  const lastMonth = months[months.length - 1];
  if (!lastMonth) throw new Error('a period has at least one month');
  if (months.length === 1) return lastMonth;
  const totals = months.map((m) => m.totalVnd);
  return {
    ...lastMonth,
    totalVnd: totals.every((t): t is number => t !== null)
      ? totals.reduce((a, b) => a + b, 0)
      : null,
    funeralSupportVnd: months.reduce((a, m) => a + m.funeralSupportVnd, 0),
    deathsWithFuneralSupport: months.reduce((a, m) => a + m.deathsWithFuneralSupport, 0),
    commonMedicine: sumMedicine(months.map((m) => m.commonMedicine)),
  };
}

/**
 * A period's medicine line: purchases summed, residents counted once per month present
 * (person-months), so the cost per person per month compares with the monthly ceiling.
 */
function sumMedicine(
  months: AllowanceFigures['commonMedicine'][],
): AllowanceFigures['commonMedicine'] {
  const values: CommonMedicineFigures[] = [];
  for (const m of months) {
    if (!m.recorded) return m;
    values.push(m.value);
  }
  const totalVnd = values.reduce((a, v) => a + v.totalVnd, 0);
  const residentMonths = values.reduce((a, v) => a + v.residentMonths, 0);
  return {
    recorded: true,
    value: {
      totalVnd,
      residentMonths,
      perResidentMonthVnd: residentMonths === 0 ? 0 : Math.round(totalVnd / residentMonths),
      ceilingVnd: values[values.length - 1]?.ceilingVnd ?? 0,
      monthsOverCeiling: values.reduce((a, v) => a + v.monthsOverCeiling, 0),
      months: values.length,
    },
  };
}
