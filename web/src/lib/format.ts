/**
 * Dates as dd/mm/yyyy and numbers in the Vietnamese way (1.234,5) whatever the language, as the
 * centres' paperwork writes them. Formatters are made once: creating one costs ~25x a format call.
 */
const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const dateTimeFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
  timeZone: 'Asia/Ho_Chi_Minh',
});
const numberFormat = new Intl.NumberFormat('vi-VN');
const moneyFormat = new Intl.NumberFormat('vi-VN', {
  style: 'currency',
  currency: 'VND',
  maximumFractionDigits: 0,
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-12-07` (an API date) → `07/12/2026`. A calendar date has no time zone: none is applied. */
export function formatDate(isoDate: string): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) return isoDate;
  return dateFormat.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** An API instant (ISO-8601 with offset) → `07/12/2026 06:30` in Vietnam's time. */
export function formatDateTime(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : dateTimeFormat.format(date);
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** Đồng, no decimals: `1.500.000 ₫`. */
export function formatMoney(value: number): string {
  return moneyFormat.format(value);
}
