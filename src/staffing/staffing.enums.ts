/**
 * The carer ratios of TT 33/2017 Điều 5: residents per carer for each group. A resident 16 or
 * older who is neither elderly nor disabled (a youth still studying, an adult in emergency
 * protection) is counted like an adult who looks after themselves (1 per 10): the circular names
 * no ratio for them, and this is the lowest it names.
 */
export const CARER_GROUPS = {
  infant: { per: 1, vi: 'Trẻ dưới 18 tháng', en: 'Children under 18 months' },
  young_child: { per: 6, vi: 'Trẻ 18 tháng – dưới 6 tuổi', en: 'Children 18 months – 6 years' },
  young_child_special: {
    per: 4,
    vi: 'Trẻ 18 tháng – dưới 6 tuổi khuyết tật, nhiễm HIV',
    en: 'Disabled or HIV-positive children 18 months – 6 years',
  },
  child: { per: 10, vi: 'Trẻ 6 – dưới 16 tuổi', en: 'Children 6–16 years' },
  child_special: {
    per: 5,
    vi: 'Trẻ 6 – dưới 16 tuổi khuyết tật, nhiễm HIV',
    en: 'Disabled or HIV-positive children 6–16 years',
  },
  adult_self_care: {
    per: 10,
    vi: 'Người từ 16 tuổi tự phục vụ được',
    en: 'People 16+ who look after themselves',
  },
  adult_dependent: {
    per: 4,
    vi: 'Người từ 16 tuổi không tự phục vụ được',
    en: 'People 16+ who cannot look after themselves',
  },
} as const;
export type CarerGroup = keyof typeof CARER_GROUPS;
export const CARER_GROUP_CODES = Object.keys(CARER_GROUPS) as CarerGroup[];

/** Social workers: 1 per 100 residents; medical staff: 1 per 50 (TT 33/2017 Điều 5). */
export const RESIDENTS_PER_SOCIAL_WORKER = 100;
export const RESIDENTS_PER_MEDICAL_STAFF = 50;

/** Carers required for residents counted per group: the sum of each group's share, rounded up. */
export function requiredCarers(counts: Partial<Record<CarerGroup, number>>): number {
  // In 6000ths of a carer (every `per` divides 6000), so that 6 × 1/6 is exactly 1.
  let units = 0;
  for (const g of CARER_GROUP_CODES) units += (counts[g] ?? 0) * carerUnits(g);
  return Math.ceil(units / CARER_UNIT);
}

/** A carer in whole units: each group's share of a carer is a whole number of them. */
export const CARER_UNIT = 6000;
export const carerUnits = (g: CarerGroup): number => CARER_UNIT / CARER_GROUPS[g].per;
