import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { components, operations } from '../../../api/schema';
import { api, unwrap } from '../../../lib/api';
import { asListPage, hasStrings } from '../../../lib/list-page';

type ResidentView = components['schemas']['ResidentView'];
export type RegisterFilters = NonNullable<
  operations['ResidentsController_list']['parameters']['query']
>;
export type ResidentStatus = NonNullable<RegisterFilters['status']>;
export type RegisterCategory = NonNullable<RegisterFilters['category']>;
export type AgeBand = NonNullable<RegisterFilters['ageBand']>;

/** One line of the register (GET /residents answers this summary of a resident). */
export type ResidentSummary = Pick<
  ResidentView,
  | 'id'
  | 'code'
  | 'fullName'
  | 'preferredName'
  | 'dateOfBirth'
  | 'birthYear'
  | 'birthDateEstimated'
  | 'age'
  | 'sex'
  | 'categories'
  | 'status'
  | 'admissionType'
  | 'admittedOn'
  | 'room'
  | 'bed'
>;

/** GET /residents documents no body schema yet: the fields this screen reads are checked. */
function isResidentSummary(value: unknown): value is ResidentSummary {
  return (
    hasStrings(value, 'id', 'code', 'fullName', 'status', 'admittedOn') &&
    Array.isArray(value.categories)
  );
}

export const registerKeys = {
  all: ['register'] as const,
  list: (filters: RegisterFilters) => [...registerKeys.all, 'list', filters] as const,
  rooms: () => [...registerKeys.all, 'rooms'] as const,
};

const PAGE_SIZE = 50;

/** The register, a page at a time by the API's cursor. */
export const registerQuery = (filters: RegisterFilters) =>
  infiniteQueryOptions({
    queryKey: registerKeys.list(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      asListPage(
        await unwrap<unknown>(
          api.GET('/api/v1/residents', {
            params: { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam } },
          }),
        ),
        isResidentSummary,
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** Rooms, for the room filter. */
export const registerRoomsQuery = () =>
  queryOptions({
    queryKey: registerKeys.rooms(),
    queryFn: () => unwrap(api.GET('/api/v1/facilities/current/rooms')),
    staleTime: 5 * 60_000,
  });
