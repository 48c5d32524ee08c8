import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { formatDate } from '../lib/format';

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** `07/12/2026` (also 7/12/2026, 07.12.2026, 07-12-2026) → `2026-12-07`; null when not a real day. */
export function parseDayMonthYear(text: string): string | null {
  const m = DMY.exec(text.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isIsoDate(value: string): boolean {
  return ISO.test(value);
}

/**
 * A date typed as dd/mm/yyyy, as the centres write it, held as the API's `YYYY-MM-DD`. `onChange`
 * receives the ISO date once the text is a real day, else the text itself (so a form's validation
 * can tell "wrong format" from "empty" with `isIsoDate`). A plain text box: no pop-up calendar to
 * fight with on a phone, and a screen reader reads it as typed.
 */
export function DateField({
  value = '',
  onChange,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange'> & {
  /** The API's `YYYY-MM-DD`, or the text typed so far when it is not a date yet. */
  value?: string;
  onChange: (value: string) => void;
}) {
  const [text, setText] = useState(() => (isIsoDate(value) ? formatDate(value) : value));
  const shown = isIsoDate(value) && parseDayMonthYear(text) !== value ? formatDate(value) : text;
  return (
    <TextInput
      {...props}
      value={shown}
      placeholder="dd/mm/yyyy"
      autoComplete="off"
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        onChange(parseDayMonthYear(next) ?? next);
      }}
    />
  );
}
