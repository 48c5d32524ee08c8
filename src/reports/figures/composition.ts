import type { EntityManager } from 'typeorm';
import { shownCategories } from '../../residents/model/categories';
import { AGE_BANDS } from '../../residents/register/resident-query.dto';
import type { AnnexRow, CompositionFigures } from '../monthly-figures';
import { annexRows, categoryCounts, compositionCounts } from '../monthly-figures.queries';

/** Who is present at the end of the period, by category, sex, age and needs. */
export async function composition(
  manager: EntityManager,
  facilityId: string,
  onDay: string,
): Promise<CompositionFigures> {
  const rows = await compositionCounts(manager, facilityId, onDay);
  const cats = await categoryCounts(manager, facilityId, onDay);
  const r = rows[0];
  const byAgeBand = Object.fromEntries(Object.keys(AGE_BANDS).map((b) => [b, r?.bands?.[b] ?? 0]));
  return {
    total: r?.total ?? 0,
    byCategory: Object.fromEntries(cats.map((c) => [c.category, c.n])),
    bySex: { male: r?.male ?? 0, female: r?.female ?? 0 },
    byAgeBand,
    ethnicMinority: r?.minority ?? 0,
    disabled: r?.disabled ?? 0,
    childrenWithHiv: r?.hiv_children ?? 0,
  };
}

/** Who came and who left in the month (no HIV status, no abuse details, ever). */
export async function annex(
  manager: EntityManager,
  facilityId: string,
  first: string,
  last: string,
): Promise<AnnexRow[]> {
  const rows = await annexRows(manager, facilityId, first, last);
  return rows.map((r) => ({
    movement: r.kind === 'admitted' || r.kind === 'readmitted' ? 'admission' : 'discharge',
    // Nobody is named in a report, so that a person with HIV or a history of abuse, whose name
    // must never reach it, cannot be told apart from the others by a missing name.
    code: r.code,
    birthYear: r.birth_year,
    // No HIV status in the annex, ever, nor its absence: children are `k1_child` here.
    categories: shownCategories(r.categories, false),
    date: r.event_date,
    detail:
      r.kind === 'died'
        ? 'death'
        : r.kind === 'transferred'
          ? 'transferred'
          : r.kind === 'readmitted'
            ? 'readmitted'
            : (r.sub ?? ''),
  }));
}
