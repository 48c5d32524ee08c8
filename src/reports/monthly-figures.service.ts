import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { addDays, addMonths } from '../calendar/dates';
import { CaseFiguresService } from '../cases/figures/case-figures.service';
import { mealFigures } from '../daily-care/meals-summary';
import { MovementsService } from '../discharge/movements.service';
import { MedicineCostsService } from '../medication/medicine-costs.service';
import { BaseLevelService } from '../money/base-level.service';
import { shownCategories } from '../residents/model/categories';
import type { ResidentCategory } from '../residents/model/categories';
import { AGE_BANDS } from '../residents/register/resident-query.dto';
import { factsOn } from './history/resident-facts';
import { SchoolingFiguresService } from '../schooling/figures/schooling-figures.service';
import { schoolYearOf } from '../schooling/rules/school-year';
import { staffByRole } from '../staffing/staff-by-role';
import { StaffingService } from '../staffing/staffing.service';
import {
  AllowanceFigures,
  AnnexRow,
  CommonMedicineFigures,
  CompositionFigures,
  HealthFigures,
  IncidentFigures,
  MonthlyFigures,
  MonthMovementRow,
  StaffingFigures,
} from './monthly-figures';
import { INCIDENT_KINDS, INCIDENT_SEVERITIES, SHIFTS } from '../daily-care/care.enums';
import { birthDateSql } from '../residents/model/birth-date';

/**
 * Residents present on a day (the last stay event on or before it decides: history, not status),
 * with the categories, disability level and HIV status they had that day (resident_fact), not
 * today's; the register's only for a resident with no history row covering the day.
 */
const PRESENT_ON = `
  SELECT r.id, r.sex, r.date_of_birth, r.birth_year, r.ethnicity_code,
         coalesce(h.categories, r.categories) AS categories,
         CASE WHEN h.id IS NULL THEN r.disability_level ELSE h.disability_level END AS disability_level,
         coalesce(h.hiv_status, (SELECT s.hiv_status FROM resident_sensitive s WHERE s.resident_id = r.id)) AS hiv_status
    FROM resident r
    JOIN (SELECT DISTINCT ON (resident_id) resident_id, kind FROM resident_event
           WHERE facility_id = $1 AND event_date <= $2
           ORDER BY resident_id, event_date DESC, created_at DESC) last ON last.resident_id = r.id
    ${factsOn('$2')}
   WHERE last.kind IN ('admitted', 'readmitted', 'leave_started', 'leave_ended')`;

const AGE_SQL = `date_part('year', age($2::date, ${birthDateSql('p')}))::int`;

/**
 * The figures of the monthly report, from a handful of grouped queries over the history (events,
 * exams, doses with their dates): regenerating a past month gives the same numbers unless data
 * about that month was corrected. Nothing is loaded row by row into Node except the annex.
 */
@Injectable()
export class MonthlyFiguresService {
  constructor(
    private readonly movements: MovementsService,
    private readonly baseLevels: BaseLevelService,
    private readonly schoolingFigures: SchoolingFiguresService,
    private readonly caseFigures: CaseFiguresService,
    private readonly medicineCosts: MedicineCostsService,
    private readonly staffing: StaffingService,
  ) {}

  async compute(
    manager: EntityManager,
    facilityId: string,
    month: string,
  ): Promise<MonthlyFigures> {
    const first = `${month}-01`;
    return this.computeRange(manager, facilityId, first, addDays(addMonths(first, 1), -1), month);
  }

  /**
   * The same sections over a period of whole months (six-monthly and annual reports, ND 103/2017
   * Điều 51): movements over the period, composition at its end, allowance summed month by month.
   */
  async computeRange(
    manager: EntityManager,
    facilityId: string,
    first: string,
    last: string,
    label: string,
  ): Promise<MonthlyFigures> {
    const census = await this.movements.forRange(manager, facilityId, first, last, label);
    const months: AllowanceFigures[] = [];
    const rotas: MonthRota[] = [];
    for (let m = first; m <= last; m = addMonths(m, 1)) {
      months.push(await this.allowance(manager, facilityId, m, addDays(addMonths(m, 1), -1)));
      const month = m.slice(0, 7);
      rotas.push({ month, ...(await this.staffing.monthOf(manager, facilityId, month)) });
    }
    const cases = await this.caseFigures.forPeriod(manager, facilityId, first, last, label);
    return {
      month: label,
      census,
      composition: await this.composition(manager, facilityId, last),
      allowance: sumAllowance(months),
      health: await this.health(manager, facilityId, first, last),
      nutrition: await this.nutrition(manager, facilityId, first, last),
      schooling: await this.schooling(manager, facilityId, last),
      socialWork: {
        followUpsDone: await this.count(
          manager,
          `SELECT count(*)::int AS n FROM follow_up WHERE facility_id = $1 AND done_on BETWEEN $2 AND $3`,
          [facilityId, first, last],
        ),
        counselling: {
          recorded: true,
          value: {
            sessions: cases.counselling.sessions,
            people: cases.counselling.peopleCounselled,
          },
        },
        casesOpened: { recorded: true, value: cases.cases.opened },
        casesClosed: { recorded: true, value: cases.cases.closed },
        emergencyAdmissions: census.admissions.emergency ?? 0,
      },
      incidents: await this.incidents(manager, facilityId, first, last),
      staffing: staffingFigures(rotas),
      staffByRole: await staffByRole(manager, facilityId, first, last),
      ...(first.slice(0, 7) === last.slice(0, 7)
        ? {}
        : { byMonth: await this.byMonth(manager, facilityId, first, last) }),
      annex: await this.annex(manager, facilityId, first, last),
    };
  }

  /** Incidents of the period by kind and severity, every kind and severity present (zeros too). */
  private async incidents(
    manager: EntityManager,
    facilityId: string,
    first: string,
    last: string,
  ): Promise<IncidentFigures> {
    const rows: { kind: string; severity: string; n: number }[] = await manager.query(
      `SELECT i.kind, i.severity, count(*)::int AS n
         FROM incident i JOIN facility f ON f.id = i.facility_id
        WHERE i.facility_id = $1 AND (i.occurred_at AT TIME ZONE f.timezone)::date BETWEEN $2 AND $3
        GROUP BY i.kind, i.severity`,
      [facilityId, first, last],
    );
    const byKind: Record<string, number> = Object.fromEntries(INCIDENT_KINDS.map((k) => [k, 0]));
    const bySeverity: Record<string, number> = Object.fromEntries(
      INCIDENT_SEVERITIES.map((k) => [k, 0]),
    );
    for (const r of rows) {
      byKind[r.kind] = (byKind[r.kind] ?? 0) + r.n;
      bySeverity[r.severity] = (bySeverity[r.severity] ?? 0) + r.n;
    }
    return { total: rows.reduce((a, r) => a + r.n, 0), byKind, bySeverity };
  }

  /** Admitted, left and present at the end of each month of the period: one grouped query. */
  private async byMonth(
    manager: EntityManager,
    facilityId: string,
    first: string,
    last: string,
  ): Promise<MonthMovementRow[]> {
    return manager.query(
      `WITH months AS (
         SELECT m::date AS first, (m + interval '1 month - 1 day')::date AS last
           FROM generate_series($2::date, $3::date, interval '1 month') m
       )
       SELECT to_char(months.first, 'YYYY-MM') AS month,
              (SELECT count(*)::int FROM resident_event e WHERE e.facility_id = $1
                  AND e.kind IN ('admitted', 'readmitted') AND e.event_date BETWEEN months.first AND months.last) AS admitted,
              (SELECT count(*)::int FROM resident_event e WHERE e.facility_id = $1
                  AND e.kind IN ('discharged', 'died', 'transferred') AND e.event_date BETWEEN months.first AND months.last) AS "left",
              (SELECT count(*)::int FROM (
                  SELECT DISTINCT ON (resident_id) kind FROM resident_event
                   WHERE facility_id = $1 AND event_date <= months.last
                   ORDER BY resident_id, event_date DESC, created_at DESC) x
                WHERE x.kind IN ('admitted', 'readmitted', 'leave_started', 'leave_ended')) AS "atEnd"
         FROM months ORDER BY months.first`,
      [facilityId, first, last],
    );
  }

  private async count(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
    const rows: { n: number }[] = await manager.query(sql, params);
    return rows[0]?.n ?? 0;
  }

  private async composition(
    manager: EntityManager,
    facilityId: string,
    onDay: string,
  ): Promise<CompositionFigures> {
    const bandCase = Object.entries(AGE_BANDS)
      .map(([band, [min, max]]) => `WHEN ${AGE_SQL} BETWEEN ${min} AND ${max} THEN '${band}'`)
      .join(' ');
    const rows: {
      total: number;
      male: number;
      female: number;
      minority: number;
      disabled: number;
      hiv_children: number;
      bands: Record<string, number> | null;
    }[] = await manager.query(
      `WITH p AS (${PRESENT_ON}),
              banded AS (SELECT p.*, CASE ${bandCase} END AS band FROM p)
         SELECT count(*)::int AS total,
                count(*) FILTER (WHERE sex = 'male')::int AS male,
                count(*) FILTER (WHERE sex = 'female')::int AS female,
                count(*) FILTER (WHERE ethnicity_code NOT IN ('01', '55'))::int AS minority,
                count(*) FILTER (WHERE disability_level IS NOT NULL OR 'k1_disabled_severe' = ANY(categories))::int AS disabled,
                count(*) FILTER (WHERE hiv_status = 'positive' AND band IN ('under4', '4-5', '6-10', '11-15'))::int AS hiv_children,
                (SELECT jsonb_object_agg(band, n) FROM (SELECT band, count(*)::int AS n FROM banded GROUP BY band) x) AS bands
           FROM banded`,
      [facilityId, onDay],
    );
    const cats: { category: string; n: number }[] = await manager.query(
      `WITH p AS (${PRESENT_ON}) SELECT c AS category, count(*)::int AS n FROM p, unnest(p.categories) c GROUP BY c ORDER BY c`,
      [facilityId, onDay],
    );
    const r = rows[0];
    const byAgeBand = Object.fromEntries(
      Object.keys(AGE_BANDS).map((b) => [b, r?.bands?.[b] ?? 0]),
    );
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

  /** ND 20/2021 Điều 25: base × 5.0 under 4 years old, × 4.0 from 4; age on the 1st of the month. */
  private async allowance(
    manager: EntityManager,
    facilityId: string,
    first: string,
    last: string,
  ): Promise<AllowanceFigures> {
    const level = await this.baseLevels.inForce(manager, facilityId, first);
    const rows: { under4: number; older: number }[] = await manager.query(
      `WITH p AS (${PRESENT_ON})
       SELECT count(*) FILTER (WHERE ${AGE_SQL} < 4)::int AS under4, count(*) FILTER (WHERE ${AGE_SQL} >= 4)::int AS older
         FROM p WHERE p.categories && ARRAY['k1_child_abandoned','k1_child_orphan','k1_child_other','k1_child_hiv','k1_elderly_alone','k1_disabled_severe','k2_emergency','k3_administrative']::varchar[]`,
      [facilityId, first],
    );
    const funeral: { total: number; n: number }[] = await manager.query(
      `SELECT coalesce(sum(funeral_support_vnd), 0)::int AS total, count(funeral_support_vnd)::int AS n
         FROM discharge WHERE facility_id = $1 AND ground = 'death' AND died_on BETWEEN $2 AND $3`,
      [facilityId, first, last],
    );
    const medicine = await this.medicineCosts.costOfMonth(manager, facilityId, first.slice(0, 7));
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

  private async health(
    manager: EntityManager,
    facilityId: string,
    first: string,
    last: string,
  ): Promise<HealthFigures> {
    const rows: {
      done: number;
      referrals: number;
      due: number;
      overdue: number;
      doses: number;
      flagged: number;
      incidents: number;
    }[] = await manager.query(
      `SELECT
         (SELECT count(*)::int FROM health_check WHERE facility_id = $1 AND amends_id IS NULL AND examined_on BETWEEN $2 AND $3) AS done,
         (SELECT count(*)::int FROM health_check WHERE facility_id = $1 AND amends_id IS NULL AND referred_to_hospital AND examined_on BETWEEN $2 AND $3) AS referrals,
         (SELECT count(*)::int FROM alert WHERE facility_id = $1 AND kind IN ('checkup_overdue', 'vaccination_overdue') AND due_on BETWEEN $2 AND $3)
           + (SELECT count(*)::int FROM health_check WHERE facility_id = $1 AND amends_id IS NULL AND schedule_id IS NOT NULL AND examined_on BETWEEN $2 AND $3) AS due,
         (SELECT count(*)::int FROM alert a JOIN facility f ON f.id = a.facility_id
           WHERE a.facility_id = $1 AND a.kind IN ('checkup_overdue', 'vaccination_overdue')
             AND (a.raised_at AT TIME ZONE f.timezone)::date <= $3
             AND (a.closed_at IS NULL OR (a.closed_at AT TIME ZONE f.timezone)::date > $3)) AS overdue,
         (SELECT count(*)::int FROM vaccination WHERE facility_id = $1 AND given_on BETWEEN $2 AND $3) AS doses,
         (SELECT count(DISTINCT resident_id)::int FROM measurement
           WHERE facility_id = $1 AND measured_on BETWEEN $2 AND $3 AND growth->>'kind' = 'child' AND cardinality(flags) > 0) AS flagged,
         (SELECT count(*)::int FROM incident i JOIN facility f ON f.id = i.facility_id
           WHERE i.facility_id = $1 AND i.serious AND (i.occurred_at AT TIME ZONE f.timezone)::date BETWEEN $2 AND $3) AS incidents`,
      [facilityId, first, last],
    );
    const r = rows[0];
    return {
      examsDone: r?.done ?? 0,
      examsDueInMonth: r?.due ?? 0,
      overdueAtMonthEnd: r?.overdue ?? 0,
      vaccinationsGiven: r?.doses ?? 0,
      hospitalReferrals: r?.referrals ?? 0,
      growthFlags: { recorded: true, value: r?.flagged ?? 0 },
      seriousIncidents: { recorded: true, value: r?.incidents ?? 0 },
    };
  }

  /**
   * Meals served and refused (the daily records); special diets: the residents present at the end
   * of the period whose plan in force that day (plans are versioned: created, superseded) was not
   * the normal diet, so a later change of plan leaves a closed period as it was.
   */
  private async nutrition(manager: EntityManager, facilityId: string, first: string, last: string) {
    const m = await mealFigures(manager, facilityId, first, last);
    const special = await this.count(
      manager,
      `WITH p AS (${PRESENT_ON})
       SELECT count(DISTINCT np.resident_id)::int AS n
         FROM nutrition_plan np JOIN p ON p.id = np.resident_id JOIN facility f ON f.id = np.facility_id
        WHERE np.facility_id = $1 AND np.diet_type <> 'normal'
          AND (np.created_at AT TIME ZONE f.timezone)::date <= $2
          AND (np.superseded_at IS NULL OR (np.superseded_at AT TIME ZONE f.timezone)::date > $2)`,
      [facilityId, last],
    );
    return {
      recorded: true as const,
      value: { mealsServed: m.mealsServed, mealsRefused: m.mealsRefused, specialDiets: special },
    };
  }

  /**
   * Children by school level in the school year the period ends in, from the schooling module's
   * own figures (voided enrolments count for nothing); levels nobody is at are left out.
   */
  private async schooling(manager: EntityManager, facilityId: string, onDay: string) {
    const figures = await this.schoolingFigures.forYear(facilityId, schoolYearOf(onDay), manager);
    return {
      recorded: true as const,
      value: Object.fromEntries(Object.entries(figures.byLevel).filter(([, n]) => n > 0)),
    };
  }

  /** Who came and who left in the month (no HIV status, no abuse details, ever). */
  private async annex(
    manager: EntityManager,
    facilityId: string,
    first: string,
    last: string,
  ): Promise<AnnexRow[]> {
    const rows: {
      kind: string;
      code: string;
      birth_year: number | null;
      categories: ResidentCategory[];
      event_date: string;
      sub: string | null;
    }[] = await manager.query(
      `SELECT e.kind, r.code,
                coalesce(r.birth_year, date_part('year', r.date_of_birth)::int) AS birth_year,
                coalesce(h.categories, r.categories) AS categories, to_char(e.event_date, 'YYYY-MM-DD') AS event_date,
                coalesce(e.details->>'type', e.details->>'ground') AS sub
           FROM resident_event e JOIN resident r ON r.id = e.resident_id
           ${factsOn('e.event_date')}
          WHERE e.facility_id = $1 AND e.event_date BETWEEN $2 AND $3
            AND e.kind IN ('admitted', 'readmitted', 'discharged', 'died', 'transferred')
          ORDER BY e.event_date, r.code`,
      [facilityId, first, last],
    );
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

interface MonthRota {
  month: string;
  days: number;
  daysWithRota: number;
  short: StaffingFigures['short'];
}

/**
 * The staffing section from each month's rota: every shift counted (zeros too); a monthly report
 * lists its short shifts, a longer one gives them month by month.
 */
export function staffingFigures(months: MonthRota[]): StaffingFigures {
  const short = months.flatMap((m) => m.short);
  const missing = (rows: StaffingFigures['short']) =>
    rows.reduce((a, r) => a + (r.requiredCarers - r.assignedCarers), 0);
  return {
    days: months.reduce((a, m) => a + m.days, 0),
    daysWithRota: months.reduce((a, m) => a + m.daysWithRota, 0),
    shortShifts: short.length,
    shortByShift: Object.fromEntries(
      SHIFTS.map((sh) => [sh, short.filter((r) => r.shift === sh).length]),
    ) as StaffingFigures['shortByShift'],
    carersMissing: missing(short),
    ...(months.length === 1
      ? { short }
      : {
          short: [],
          byMonth: months.map((m) => ({
            month: m.month,
            daysWithRota: m.daysWithRota,
            shortShifts: m.short.length,
            carersMissing: missing(m.short),
          })),
        }),
  };
}
