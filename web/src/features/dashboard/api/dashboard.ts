import { queryOptions } from '@tanstack/react-query';
import type { components, operations } from '../../../api/schema';
import { api, unwrap } from '../../../lib/api';
import { asListPage, hasStrings, readAllPages } from '../../../lib/list-page';
import { dashboardKeys } from './facility';

export type Movements = components['schemas']['MonthMovements'];
export type AlertKind = components['schemas']['Alert']['kind'];
type WorklistKind = NonNullable<
  NonNullable<operations['HealthRecordsController_worklistOf']['parameters']['query']>['kind']
>;

/** The fields of an alert this screen reads (GET /alerts documents no body schema yet). */
interface AlertLine {
  id: string;
  kind: AlertKind;
  severity: string;
}
/** An overdue health task (GET /health-worklist documents no body schema yet). */
export interface OverdueTask {
  scheduleId: string;
  residentId: string;
  residentCode: string;
  residentName: string;
  kind: WorklistKind;
  nextDueOn: string;
  daysOverdue: number;
}

const isAlertLine = (v: unknown): v is AlertLine => hasStrings(v, 'id', 'kind', 'severity');
const isOverdueTask = (v: unknown): v is OverdueTask =>
  hasStrings(v, 'scheduleId', 'residentId', 'residentCode', 'residentName', 'kind', 'nextDueOn') &&
  typeof v.daysOverdue === 'number';

/** Admissions, discharges and census of one month (GET /movements, from the stay history). */
export const movementsQuery = (month: string) =>
  queryOptions({
    queryKey: [...dashboardKeys.all, 'movements', month] as const,
    queryFn: () => unwrap(api.GET('/api/v1/movements', { params: { query: { month } } })),
  });

/** Open alerts counted by kind: every page of GET /alerts?status=open (200 a page). */
export const openAlertsQuery = () =>
  queryOptions({
    queryKey: [...dashboardKeys.all, 'openAlerts'] as const,
    queryFn: async () => {
      const { items, complete } = await readAllPages(async (cursor) =>
        asListPage(
          await unwrap<unknown>(
            api.GET('/api/v1/alerts', {
              params: { query: { status: 'open', limit: 200, cursor } },
            }),
          ),
          isAlertLine,
        ),
      );
      const byKind = new Map<AlertKind, number>();
      for (const a of items) byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1);
      return {
        total: items.length,
        complete,
        byKind: [...byKind.entries()].sort((a, b) => b[1] - a[1]),
      };
    },
  });

/** Overdue health tasks (exams, vaccinations…), most overdue first: GET /health-worklist?status=overdue. */
export const overdueQuery = () =>
  queryOptions({
    queryKey: [...dashboardKeys.all, 'overdue'] as const,
    queryFn: async () => {
      const { items, complete } = await readAllPages(async (cursor) =>
        asListPage(
          await unwrap<unknown>(
            api.GET('/api/v1/health-worklist', {
              params: { query: { status: 'overdue', limit: 200, cursor } },
            }),
          ),
          isOverdueTask,
        ),
      );
      return { items, complete };
    },
  });
