/** Today's date (YYYY-MM-DD) in Vietnam, the centres' time zone: the default of a form's date. */
export function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/** A NumberInput's value as the API wants it: a number, or nothing when the field is empty. */
export function optionalNumber(value: number | string): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A text field as the API wants it: trimmed, or nothing when empty. */
export function optionalText(value: string): string | undefined {
  const v = value.trim();
  return v === '' ? undefined : v;
}

const DISPLAY_DAY = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;

/**
 * A date typed as the centres write it, `dd/mm/yyyy`, as the API's `YYYY-MM-DD`; null when it is
 * not a real calendar date (31/02/2026).
 */
export function parseDay(text: string): string | null {
  const m = DISPLAY_DAY.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return `${String(y)}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
