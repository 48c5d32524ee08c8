import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api, ifMatch, unwrap } from '../../../lib/api';

export type Room = components['schemas']['RoomView'];
export type CreateRoomBody = components['schemas']['CreateRoomDto'];
export type UpdateRoomBody = components['schemas']['UpdateRoomDto'];

export const roomsKeys = {
  all: ['rooms'] as const,
  list: () => [...roomsKeys.all, 'list'] as const,
};

export const roomsQuery = () =>
  queryOptions({
    queryKey: roomsKeys.list(),
    queryFn: () => unwrap(api.GET('/api/v1/facilities/current/rooms')),
  });

export function useCreateRoom() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRoomBody) =>
      unwrap(api.POST('/api/v1/facilities/current/rooms', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roomsKeys.all }),
  });
}

/** PATCH /rooms/:id with the version the form was filled from (a stale one answers 412). */
export function useUpdateRoom() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: { id: string; version: number; body: UpdateRoomBody }) =>
      unwrap(
        api.PATCH('/api/v1/rooms/{id}', {
          params: { path: { id }, header: ifMatch(version) },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roomsKeys.all }),
  });
}
