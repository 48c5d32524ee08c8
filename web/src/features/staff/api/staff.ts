import { infiniteQueryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components, operations } from '../../../api/schema';
import { api, ifMatch, unwrap } from '../../../lib/api';
import { asListPage, hasStrings } from '../../../lib/list-page';

export type StaffUser = components['schemas']['UserView'];
export type CreateUserBody = components['schemas']['CreateUserDto'];
export type UpdateUserBody = components['schemas']['UpdateUserDto'];
export type StaffFilters = NonNullable<operations['UsersController_list']['parameters']['query']>;
export type StaffRole = CreateUserBody['role'];

export const staffKeys = {
  all: ['staff'] as const,
  list: (filters: StaffFilters) => [...staffKeys.all, 'list', filters] as const,
};

/** GET /users documents no body schema yet: the fields this screen reads are checked. */
function isStaffUser(value: unknown): value is StaffUser {
  return (
    hasStrings(value, 'id', 'username', 'fullName', 'role') &&
    typeof value.active === 'boolean' &&
    typeof value.version === 'number'
  );
}

export const staffQuery = (filters: StaffFilters) =>
  infiniteQueryOptions({
    queryKey: staffKeys.list(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      asListPage(
        await unwrap<unknown>(
          api.GET('/api/v1/users', {
            params: { query: { ...filters, limit: 50, cursor: pageParam } },
          }),
        ),
        isStaffUser,
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => unwrap(api.POST('/api/v1/users', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKeys.all }),
  });
}

/** PATCH /users/:id with the version the form was filled from (a stale one answers 412). */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: { id: string; version: number; body: UpdateUserBody }) =>
      unwrap(
        api.PATCH('/api/v1/users/{id}', {
          params: { path: { id }, header: ifMatch(version) },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKeys.all }),
  });
}

/** GET /users/:id: the account as it is now (after a 412). */
export function fetchUser(id: string): Promise<StaffUser> {
  return unwrap(api.GET('/api/v1/users/{id}', { params: { path: { id } } }));
}
