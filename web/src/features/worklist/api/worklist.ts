import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { components, operations } from '../../../api/schema';
import { api, unwrap } from '../../../lib/api';

type WorklistQuery = NonNullable<
  operations['HealthRecordsController_worklistOf']['parameters']['query']
>;
export type WorklistStatus = NonNullable<WorklistQuery['status']>;
export type ScheduleKind = NonNullable<WorklistQuery['kind']>;
export type ExamKind = components['schemas']['CreateHealthCheckDto']['kind'];
export type CreateHealthCheck = components['schemas']['CreateHealthCheckDto'];
export type CreateVaccination = components['schemas']['CreateVaccinationDto'];
export type CreateMeasurement = components['schemas']['CreateMeasurementDto'];

export const WORKLIST_STATUSES = [
  'overdue',
  'due',
  'upcoming',
] as const satisfies readonly WorklistStatus[];
export const SCHEDULE_KINDS = [
  'periodic_exam',
  'annual_exam',
  'hiv_monitoring',
  'vaccination',
  'growth_check',
  'dental',
  'eye',
  'other',
] as const satisfies readonly ScheduleKind[];

/** One row of GET /health-worklist (the nurse's task: an exam, a dose, a follow-up). */
export type WorklistItem = components['schemas']['WorklistItem'];
export type WorklistPage =
  operations['HealthRecordsController_worklistOf']['responses']['200']['content']['application/json'];

export interface WorklistFilters {
  status: WorklistStatus;
  kind: ScheduleKind | null;
  room: string | null;
}

export const worklistKeys = {
  all: ['worklist'] as const,
  lists: () => [...worklistKeys.all, 'list'] as const,
  list: (f: WorklistFilters) => [...worklistKeys.lists(), f] as const,
  rooms: () => [...worklistKeys.all, 'rooms'] as const,
};

/** The worklist, a page at a time (the API's cursor), most overdue first. */
export const worklistQuery = (filters: WorklistFilters) =>
  infiniteQueryOptions({
    queryKey: worklistKeys.list(filters),
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam }): Promise<WorklistPage> => {
      return unwrap(
        api.GET('/api/v1/health-worklist', {
          params: {
            query: {
              status: filters.status,
              ...(filters.kind ? { kind: filters.kind } : {}),
              ...(filters.room ? { room: filters.room } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      );
    },
    getNextPageParam: (last) => last.nextCursor,
  });

/** The facility's rooms, for the room filter. */
export const roomsQuery = () =>
  queryOptions({
    queryKey: worklistKeys.rooms(),
    queryFn: () => unwrap(api.GET('/api/v1/facilities/current/rooms')),
    staleTime: 5 * 60_000,
  });

/** A fresh key per form opening: a retried save (network, token refresh) creates nothing twice. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

export function recordExam(residentId: string, body: CreateHealthCheck, key: string) {
  return unwrap(
    api.POST('/api/v1/residents/{id}/health-checks', {
      params: { path: { id: residentId }, header: { 'Idempotency-Key': key } },
      body,
    }),
  );
}

export function recordVaccination(residentId: string, body: CreateVaccination, key: string) {
  return unwrap(
    api.POST('/api/v1/residents/{id}/vaccinations', {
      params: { path: { id: residentId }, header: { 'Idempotency-Key': key } },
      body,
    }),
  );
}

export function recordMeasurement(residentId: string, body: CreateMeasurement, key: string) {
  return unwrap(
    api.POST('/api/v1/residents/{id}/measurements', {
      params: { path: { id: residentId }, header: { 'Idempotency-Key': key } },
      body,
    }),
  );
}
