import { statement } from '../database/sql';

/**
 * The caretakers' shift of a local time `HH:MM`, as round-rules' shiftOfTime: morning
 * 06:00–13:59, afternoon 14:00–21:59, night 22:00–05:59 (after midnight: the same date's night).
 */
const shiftOf = (time: string) =>
  `(CASE WHEN ${time} >= '06:00' AND ${time} < '14:00' THEN 'morning'
         WHEN ${time} >= '14:00' AND ${time} < '22:00' THEN 'afternoon' ELSE 'night' END)`;

/** A row of SHIFT_DOSES: what the medication round recorded for a resident, date and shift. */
export interface ShiftDosesRow {
  resident_id: string;
  record_date: string;
  shift: string;
  /** Doses of the shift: scheduled (recorded or not) and as-needed ones recorded. */
  doses: number;
  not_recorded: number;
  /** Doses refused, held or not available. */
  not_given: number;
  /** `HH:MM outcome; …` in the order of the day, never the medicine (at most 500 characters). */
  summary: string | null;
}

/**
 * For each (resident, date, shift) of $2–$4, the doses the medication round holds for it: the
 * scheduled doses due in that shift (as dueDoses: in force on the date; once stopped, only those
 * timed before the stop or recorded) with their record, and the as-needed doses recorded on that
 * date at a local time of that shift. One statement for a page of daily records.
 * $1 facility, $2 residents, $3 dates, $4 shifts (arrays of the same length).
 */
export const SHIFT_DOSES = statement(
  'medication:shift-doses',
  `WITH k AS (
     SELECT DISTINCT resident_id, record_date, shift
       FROM unnest($2::uuid[], $3::date[], $4::text[]) AS k(resident_id, record_date, shift)
   ), doses AS (
     SELECT k.resident_id, k.record_date, k.shift, t.time, false AS as_needed, a.outcome
       FROM k
       JOIN prescription p ON p.resident_id = k.resident_id AND p.facility_id = $1
       JOIN facility f ON f.id = p.facility_id
      CROSS JOIN LATERAL jsonb_array_elements_text(p.times) AS t(time)
       LEFT JOIN medication_administration a
              ON a.prescription_id = p.id AND a.dose_date = k.record_date AND a.dose_time = t.time
      WHERE NOT p.as_needed AND p.start_date <= k.record_date
        AND (p.end_date IS NULL OR p.end_date >= k.record_date)
        AND (p.stopped_at IS NULL OR a.id IS NOT NULL
             OR ((k.record_date + t.time::time) AT TIME ZONE f.timezone) < p.stopped_at)
        AND ${shiftOf('t.time')} = k.shift
     UNION ALL
     SELECT k.resident_id, k.record_date, k.shift, l.time, true, a.outcome
       FROM k
       JOIN medication_administration a
         ON a.resident_id = k.resident_id AND a.facility_id = $1
        AND a.dose_date = k.record_date AND a.dose_time IS NULL
       JOIN facility f ON f.id = a.facility_id
      CROSS JOIN LATERAL (SELECT to_char(a.administered_at AT TIME ZONE f.timezone, 'HH24:MI') AS time) l
      WHERE ${shiftOf('l.time')} = k.shift
   )
   SELECT k.resident_id, to_char(k.record_date, 'YYYY-MM-DD') AS record_date, k.shift,
          count(d.time)::int AS doses,
          (count(d.time) FILTER (WHERE d.outcome IS NULL))::int AS not_recorded,
          (count(d.time) FILTER (WHERE d.outcome <> 'given'))::int AS not_given,
          left(string_agg(d.time || ' ' || CASE WHEN d.as_needed THEN 'as_needed ' ELSE '' END
                          || coalesce(d.outcome, 'not_recorded'), '; '
                          ORDER BY d.time, d.as_needed, d.outcome), 500) AS summary
     FROM k
     LEFT JOIN doses d
            ON d.resident_id = k.resident_id AND d.record_date = k.record_date AND d.shift = k.shift
    GROUP BY k.resident_id, k.record_date, k.shift`,
);
