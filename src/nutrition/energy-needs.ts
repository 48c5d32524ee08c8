import { ageOn } from '../calendar/dates';
import type { Sex } from '../residents/model/resident.enums';

/**
 * Vietnamese recommended energy intake (Nhu cầu dinh dưỡng khuyến nghị cho người Việt Nam, Viện
 * Dinh dưỡng 2016), kcal/day for moderate activity, by age band: [from age, male, female].
 * Infants under 1 year have no default: the nurse sets their target.
 */
export const VN_RDA_2016 = {
  source: 'Viện Dinh dưỡng, Nhu cầu dinh dưỡng khuyến nghị cho người Việt Nam (2016)',
  effectiveFrom: '2016-01-01',
  bands: [
    [1, 1000, 930],
    [3, 1320, 1230],
    [6, 1570, 1460],
    [8, 1820, 1730],
    [10, 2150, 1980],
    [12, 2500, 2040],
    [15, 2820, 2110],
    [20, 2570, 2050],
    [30, 2350, 2010],
    [50, 2330, 1980],
    [70, 2190, 1820],
  ] as const,
};

/** The RDA energy value for a person born on `birth` on day `on`; null under 1 year. */
export function rdaEnergyKcal(birth: string, sex: Sex, on: string): number | null {
  const age = ageOn(birth, on);
  let value: number | null = null;
  for (const [from, male, female] of VN_RDA_2016.bands) {
    if (age >= from) value = sex === 'male' ? male : female;
  }
  return value;
}
