/** 1234567 → "1.234.567" (Vietnamese thousands separator). */
export function vnNumber(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function vnMoney(n: number): string {
  return `${vnNumber(n)} đ`;
}

/** "Hưng Yên, ngày 01 tháng 11 năm 2026" */
export function placeAndDate(place: string, iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${place}, ngày ${d} tháng ${m} năm ${y}`;
}
