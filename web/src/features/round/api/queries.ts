import { queryOptions } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api, unwrap } from '../../../lib/api';
import { ApiProblem } from '../../../lib/problem';
import { withDeviceCopy } from '../../../lib/device-store';
import {
  isRoundView,
  residentBriefs,
  type ResidentBrief,
  type RoomView,
  type Shift,
} from './types';

type Facility = components['schemas']['Facility'];
export type Rota = components['schemas']['RotaView'];
export type RotaAssignment = Rota['assignments'][number];

/** Query keys of the round: one root, so an invalidation stays inside the feature. */
export const roundKeys = {
  all: ['round'] as const,
  facility: () => [...roundKeys.all, 'facility'] as const,
  rooms: () => [...roundKeys.all, 'rooms'] as const,
  view: (room: string, date: string, shift: Shift) =>
    [...roundKeys.all, 'view', room, date, shift] as const,
  residents: (room: string) => [...roundKeys.all, 'residents', room] as const,
  rota: (week: string) => [...roundKeys.all, 'rota', week] as const,
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

// Queries run without network too (networkMode 'always'): their copy on the device answers.
const offlineFirst = { networkMode: 'always', retry: false } as const;

export const facilityQuery = () =>
  queryOptions({
    queryKey: roundKeys.facility(),
    queryFn: () =>
      withDeviceCopy(
        'cache:facility',
        (x): x is Facility => isObject(x) && typeof x.timezone === 'string',
        () => unwrap(api.GET('/api/v1/facilities/current')),
      ),
    staleTime: 60 * 60_000,
    ...offlineFirst,
  });

export const roomsQuery = () =>
  queryOptions({
    queryKey: roundKeys.rooms(),
    queryFn: () =>
      withDeviceCopy(
        'cache:rooms',
        (x): x is RoomView[] => Array.isArray(x),
        () => unwrap(api.GET('/api/v1/facilities/current/rooms')),
      ),
    ...offlineFirst,
  });

/**
 * The caller's own shifts of a week (a caretaker reads only hers): the rooms her round covers.
 * Version 0: the facility keeps no rota that week, and every room is open to her.
 */
export const myRotaQuery = (week: string) =>
  queryOptions({
    queryKey: roundKeys.rota(week),
    queryFn: () =>
      withDeviceCopy(
        `cache:rota:${week}`,
        (x): x is Rota => isObject(x) && Array.isArray(x.assignments),
        () => unwrap(api.GET('/api/v1/staff-assignments', { params: { query: { week } } })),
      ),
    ...offlineFirst,
  });

/** A room's round for one date and shift: its residents, their diet and the shift's records. */
export const roundViewQuery = (room: string, date: string, shift: Shift) =>
  queryOptions({
    queryKey: roundKeys.view(room, date, shift),
    queryFn: () =>
      withDeviceCopy(`cache:round:${room}:${date}:${shift}`, isRoundView, async () => {
        const data: unknown = await unwrap(
          api.GET('/api/v1/daily-records', { params: { query: { room, date, shift } } }),
        );
        if (!isRoundView(data)) throw new Error('The round view has an unexpected shape');
        return data;
      }),
    ...offlineFirst,
  });

const isBriefs = (x: unknown): x is ResidentBrief[] => Array.isArray(x);

/** Age and categories of the room's residents (the register), shown on each card. */
export const roomResidentsQuery = (room: string) =>
  queryOptions({
    queryKey: roundKeys.residents(room),
    queryFn: () =>
      withDeviceCopy(`cache:residents:${room}`, isBriefs, async () => {
        // The register's page documents no schema yet: its body is read as unknown and narrowed.
        let answer;
        try {
          answer = await api.GET('/api/v1/residents', {
            params: { query: { room, status: 'active', limit: 200 } },
          });
        } catch {
          throw ApiProblem.network();
        }
        if (!answer.response.ok) throw ApiProblem.fromResponse(answer.response, answer.error);
        const body: unknown = answer.data;
        return residentBriefs(body);
      }),
    ...offlineFirst,
  });
