import { addDays } from '../../../lib/calendar';
import type { Shift } from '../api/types';

/** The facility's local date (YYYY-MM-DD) and hour now, in its own time zone. */
export function facilityNow(timeZone: string, now = new Date()): { date: string; hour: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return {
    date: `${part('year') ?? ''}-${part('month') ?? ''}-${part('day') ?? ''}`,
    hour: Number(part('hour') ?? '0'),
  };
}

/** Ca sáng 6–14 h, ca chiều 14–22 h, ca đêm 22–6 h (facility time). */
export function shiftAt(hour: number): Shift {
  if (hour >= 6 && hour < 14) return 'morning';
  if (hour >= 14 && hour < 22) return 'afternoon';
  return 'night';
}

/** The date a shift is recorded on: the night that began yesterday evening, before 6 h. */
export function shiftDate(shift: Shift, now: { date: string; hour: number }): string {
  return shift === 'night' && now.hour < 6 ? addDays(now.date, -1) : now.date;
}

/** The shift before (whose handover notes this one reads). */
export function previousShift(shift: Shift, date: string): { shift: Shift; date: string } {
  if (shift === 'morning') return { shift: 'night', date: addDays(date, -1) };
  if (shift === 'afternoon') return { shift: 'morning', date };
  return { shift: 'afternoon', date };
}

/** The UTC offset of a zone at an instant, `+07:00`, for an ISO-8601 instant with offset. */
export function zoneOffset(timeZone: string, at = new Date()): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return m ? `${m[1] ?? '+00'}:${m[2] ?? '00'}` : '+00:00';
}
