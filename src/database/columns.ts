import { ValueTransformer } from 'typeorm';

/** pg returns NUMERIC as a string; these columns hold small decimals (areas, weights). */
export const numericToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
