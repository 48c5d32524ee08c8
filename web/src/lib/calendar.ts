/** Calendar dates as the API writes them (`YYYY-MM-DD`), without time zones. */

const toUtc = (isoDate: string): Date => {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
};

export function addDays(isoDate: string, days: number): string {
  const date = toUtc(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the date's week (a rota week starts on Monday). */
export function mondayOf(isoDate: string): string {
  const day = toUtc(isoDate).getUTCDay(); // 0 Sunday … 6 Saturday
  return addDays(isoDate, day === 0 ? -6 : 1 - day);
}

/** The seven dates of the week that starts on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** 0 for Monday … 6 for Sunday: the index of a weekday's name in the message files. */
export function weekdayIndex(isoDate: string): number {
  return (toUtc(isoDate).getUTCDay() + 6) % 7;
}
