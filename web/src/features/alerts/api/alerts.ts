import { infiniteQueryOptions } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api, unwrap } from '../../../lib/api';

export type Alert = components['schemas']['Alert'];
export type AlertStatus = 'open' | 'acknowledged';
export const ALERT_STATUSES = ['open', 'acknowledged'] as const satisfies readonly AlertStatus[];

interface AlertPage {
  items: Alert[];
  nextCursor: string | null;
}

/**
 * GET /alerts documents no response schema yet (`data` is `unknown` in the generated types): its
 * items are the `Alert` schema the acknowledge route documents. Checked before use.
 */
function isAlertPage(v: unknown): v is AlertPage {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    Array.isArray(r.items) &&
    r.items.every(
      (a: unknown) =>
        typeof a === 'object' &&
        a !== null &&
        typeof (a as Record<string, unknown>).id === 'string' &&
        typeof (a as Record<string, unknown>).kind === 'string' &&
        typeof (a as Record<string, unknown>).message === 'string',
    ) &&
    (r.nextCursor === null || typeof r.nextCursor === 'string')
  );
}

export const alertKeys = {
  all: ['alerts'] as const,
  lists: () => [...alertKeys.all, 'list'] as const,
  list: (status: AlertStatus) => [...alertKeys.lists(), status] as const,
};

/** The alerts of the kinds the user's role handles (the API decides which), newest first. */
export const alertsQuery = (status: AlertStatus) =>
  infiniteQueryOptions({
    queryKey: alertKeys.list(status),
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam }): Promise<AlertPage> => {
      const data = await unwrap<unknown>(
        api.GET('/api/v1/alerts', {
          params: { query: { status, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      );
      if (!isAlertPage(data)) throw new Error('Unexpected alerts answer');
      return data;
    },
    getNextPageParam: (last) => last.nextCursor,
  });

export function acknowledgeAlert(id: string, note: string): Promise<Alert> {
  return unwrap(
    api.POST('/api/v1/alerts/{id}/acknowledge', { params: { path: { id } }, body: { note } }),
  );
}
