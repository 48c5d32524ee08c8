import type { Shift } from '../daily-care/care.enums';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Whether as-needed doses given at `times` keep to a maximum of `max` in any 24 hours: every
 * window that starts at a dose holds at most `max` doses.
 */
export function exceedsMaxPer24h(times: readonly Date[], max: number): boolean {
  const sorted = times.map((t) => t.getTime()).sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i++) {
    let n = 0;
    for (let j = i; j < sorted.length && sorted[j] - sorted[i] < DAY_MS; j++) n++;
    if (n > max) return true;
  }
  return false;
}

/**
 * The caretakers' shift a time of day falls in: morning 06:00–13:59, afternoon 14:00–21:59, night
 * 22:00–05:59 (a dose after midnight belongs to the night shift of the same date).
 */
export function shiftOfTime(time: string): Shift {
  if (time >= '06:00' && time < '14:00') return 'morning';
  if (time >= '14:00' && time < '22:00') return 'afternoon';
  return 'night';
}

/** `HH:MM` of an instant in a time zone. */
export function localTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}
