import { queryOptions, useMutation } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api, unwrap } from '../../../lib/api';
import { isRecord } from '../../../lib/list-page';
import { isApiProblem } from '../../../lib/problem';

export type AdmitBody = components['schemas']['AdmitResidentDto'];
export type AdmittedResident = components['schemas']['ResidentView'];
export type DuplicateCandidate = components['schemas']['DuplicateCandidateView'];
export type CheckDuplicatesBody = components['schemas']['CheckDuplicatesDto'];

export const admissionKeys = {
  all: ['admission'] as const,
  ethnicities: () => [...admissionKeys.all, 'ethnicities'] as const,
  rooms: () => [...admissionKeys.all, 'rooms'] as const,
};

export const ethnicitiesQuery = () =>
  queryOptions({
    queryKey: admissionKeys.ethnicities(),
    queryFn: () => unwrap(api.GET('/api/v1/reference/ethnicities')),
    staleTime: Infinity,
  });

/** Rooms to place the new resident in (with their free beds). */
export const admissionRoomsQuery = () =>
  queryOptions({
    queryKey: admissionKeys.rooms(),
    queryFn: () => unwrap(api.GET('/api/v1/facilities/current/rooms')),
  });

/** POST /residents/check-duplicates: people already in the register (discharged too) like this one. */
export function useCheckDuplicates() {
  return useMutation({
    mutationFn: (body: CheckDuplicatesBody) =>
      unwrap(api.POST('/api/v1/residents/check-duplicates', { body })),
  });
}

/** A fresh Idempotency-Key (crypto.randomUUID needs a secure context: HTTPS or localhost). */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/**
 * POST /residents with an Idempotency-Key per attempt: the client's retry of the same request
 * (after a token refresh) cannot admit the person twice.
 */
export function useAdmit() {
  return useMutation({
    mutationFn: (body: AdmitBody) =>
      unwrap(
        api.POST('/api/v1/residents', {
          body,
          params: { header: { 'Idempotency-Key': newKey() } },
        }),
      ),
  });
}

function isCandidate(value: unknown): value is DuplicateCandidate {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.code === 'string' &&
    typeof value.fullName === 'string'
  );
}

/** The candidates a 409 lists in its `duplicates` member (the problem's extension), if any. */
export function duplicatesOf(error: unknown): DuplicateCandidate[] {
  if (!isApiProblem(error) || error.status !== 409 || !error.problem) return [];
  const body: unknown = error.problem;
  if (!isRecord(body) || !Array.isArray(body.duplicates)) return [];
  return body.duplicates.filter(isCandidate);
}
