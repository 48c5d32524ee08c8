/**
 * Today's date as the API writes it (`YYYY-MM-DD`) in the centres' time zone, the one the
 * service counts "today" and "this month" in (facilities default to Asia/Ho_Chi_Minh).
 */
export function todayIn(timeZone = 'Asia/Ho_Chi_Minh', now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** `2026-12` → the `count` months ending with it, oldest first (`2026-01` … `2026-12`). */
export function monthsEndingWith(month: string, count: number): string[] {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i -= 1) {
    const index = year * 12 + (mon - 1) - i;
    out.push(`${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/** `2026-12` → `12/2026`, as the centres write a month. */
export function formatMonth(month: string): string {
  const [year, mon] = month.split('-');
  return `${mon ?? ''}/${year ?? ''}`;
}
