import { queryOptions } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api, unwrap } from '../../../lib/api';
import { dashboardKeys } from './facility';

export type Movements = components['schemas']['MonthMovements'];
export type Figures = components['schemas']['DashboardFigures'];
export type OverdueTask = components['schemas']['WorklistItem'];

/** How many of the most overdue exams the dashboard names (the worklist has them all). */
export const MOST_OVERDUE = 6;

/** Admissions, discharges and census of one month (GET /movements, from the stay history). */
export const movementsQuery = (month: string) =>
  queryOptions({
    queryKey: [...dashboardKeys.all, 'movements', month] as const,
    queryFn: () => unwrap(api.GET('/api/v1/movements', { params: { query: { month } } })),
  });

/** Today's census, open alerts by kind and overdue tasks by kind, counted by the API. */
export const figuresQuery = () =>
  queryOptions({
    queryKey: [...dashboardKeys.all, 'figures'] as const,
    queryFn: () => unwrap(api.GET('/api/v1/dashboard')),
  });

/**
 * The most overdue exams (not vaccinations), for the names on the dashboard: the first page of
 * GET /health-worklist?status=overdue of each exam kind that has any, most overdue first.
 */
export const mostOverdueQuery = (kinds: readonly OverdueTask['kind'][]) =>
  queryOptions({
    queryKey: [...dashboardKeys.all, 'mostOverdue', ...kinds] as const,
    queryFn: async () => {
      const pages = await Promise.all(
        kinds.map((kind) =>
          unwrap(
            api.GET('/api/v1/health-worklist', {
              params: { query: { status: 'overdue', kind, limit: MOST_OVERDUE } },
            }),
          ),
        ),
      );
      return pages
        .flatMap((p) => p.items)
        .sort((a, b) => b.daysOverdue - a.daysOverdue)
        .slice(0, MOST_OVERDUE);
    },
  });
