import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

type Figure = number | null;

/** One facility of the province, from its latest final monthly report of the month. */
export interface FacilityFigures {
  facilityId: string;
  code: string;
  name: string;
  reported: boolean;
  reportId: string | null;
  reportVersion: number | null;
  atStart: Figure;
  admitted: Figure;
  left: Figure;
  atEnd: Figure;
  children: Figure;
  elderly: Figure;
  disabled: Figure;
}

/**
 * GET /province/summary answers this (ProvinceService.summary); the OpenAPI document does not
 * describe it yet, so the shape is checked here.
 */
export interface ProvinceSummary {
  month: string;
  provinceCode: string;
  facilities: FacilityFigures[];
  totals: {
    reporting: number;
    facilities: number;
    atStart: number;
    admitted: number;
    left: number;
    atEnd: number;
    children: number;
    elderly: number;
    disabled: number;
  };
}

function isSummary(value: unknown): value is ProvinceSummary {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  const totals = s.totals as Record<string, unknown> | null | undefined;
  return (
    typeof s.month === 'string' &&
    Array.isArray(s.facilities) &&
    s.facilities.every(
      (f: unknown) =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as Record<string, unknown>).code === 'string' &&
        typeof (f as Record<string, unknown>).reported === 'boolean',
    ) &&
    typeof totals === 'object' &&
    totals !== null &&
    typeof totals.facilities === 'number'
  );
}

export const provinceKeys = {
  all: ['province'] as const,
  summary: (month: string) => [...provinceKeys.all, 'summary', month] as const,
};

export const provinceSummaryQuery = (month: string) =>
  queryOptions({
    queryKey: provinceKeys.summary(month),
    queryFn: async () => {
      const data: unknown = await unwrap<unknown>(
        api.GET('/api/v1/province/summary', { params: { query: { month } } }),
      );
      if (!isSummary(data)) throw new Error('The answer is not a province summary');
      return data;
    },
    enabled: /^\d{4}-(0[1-9]|1[0-2])$/.test(month),
  });
