import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api, ifMatch, unwrap } from '../../../lib/api';

export type Rota = components['schemas']['RotaView'];
export type Assignment = components['schemas']['AssignmentView'];
export type AssignmentBody = components['schemas']['AssignmentDto'];
export type Shift = Assignment['shift'];
export type StaffingDay = components['schemas']['StaffingDayView'];
export type StaffCount = components['schemas']['StaffCountView'];
export type CarerGroup = components['schemas']['GroupCountView']['group'];
export type StaffMember = components['schemas']['UserView'];
export type Room = components['schemas']['RoomView'];

export const SHIFTS: readonly Shift[] = ['morning', 'afternoon', 'night'];

export const staffingKeys = {
  all: ['staffing'] as const,
  /** `week` undefined: this week in the facility's time zone (the API decides). */
  rota: (week: string | undefined) => [...staffingKeys.all, 'rota', week ?? 'current'] as const,
  day: (date: string | undefined) => [...staffingKeys.all, 'day', date ?? 'today'] as const,
  staff: () => [...staffingKeys.all, 'staff'] as const,
  rooms: () => [...staffingKeys.all, 'rooms'] as const,
};

export const rotaQuery = (week: string | undefined) =>
  queryOptions({
    queryKey: staffingKeys.rota(week),
    queryFn: () => unwrap(api.GET('/api/v1/staff-assignments', { params: { query: { week } } })),
  });

/** Carers, social workers and medical staff required (TT 33/2017 Điều 5) against the rota's. */
export const staffingDayQuery = (date: string | undefined) =>
  queryOptions({
    queryKey: staffingKeys.day(date),
    queryFn: () => unwrap(api.GET('/api/v1/staffing', { params: { query: { date } } })),
  });

/** Every active staff member who may be on a rota (the province's officers never are). */
export const staffQuery = () =>
  queryOptions({
    queryKey: staffingKeys.staff(),
    queryFn: async () => {
      const all: StaffMember[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          api.GET('/api/v1/users', { params: { query: { active: true, limit: 100, cursor } } }),
        );
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      return all.filter((u) => u.role !== 'officer');
    },
    staleTime: 5 * 60_000,
  });

export const roomsQuery = () =>
  queryOptions({
    queryKey: staffingKeys.rooms(),
    queryFn: () => unwrap(api.GET('/api/v1/facilities/current/rooms')),
    staleTime: 5 * 60_000,
  });

/** PUT the week at once with the version read ("0" for a week without a rota yet). */
export function useSaveRota() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      week,
      version,
      assignments,
    }: {
      week: string;
      /** The key the screen read the week under (undefined: "this week"). */
      queryWeek: string | undefined;
      version: number;
      assignments: AssignmentBody[];
    }) =>
      unwrap(
        api.PUT('/api/v1/staff-assignments', {
          params: { query: { week }, header: ifMatch(version) },
          body: { assignments },
        }),
      ),
    onSuccess: async (saved, { queryWeek }) => {
      queryClient.setQueryData(staffingKeys.rota(saved.weekStart), saved);
      queryClient.setQueryData(staffingKeys.rota(queryWeek), saved);
      // The staffing of the week's days follows the rota.
      await queryClient.invalidateQueries({ queryKey: [...staffingKeys.all, 'day'] });
    },
  });
}
