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
