import { queryOptions } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api, unwrap } from '../../../lib/api';
import { withDeviceCopy } from '../../../lib/device-store';
import { useOutboxSender } from '../../../lib/offline-outbox';
import { medOutbox } from './outbox';

export type MedRound = components['schemas']['MedicationRoundView'];
export type MedResident = components['schemas']['RoundResidentView'];
export type MedDose = components['schemas']['RoundDoseView'];
export type MedAsNeeded = components['schemas']['RoundAsNeededView'];
export type MedRecord = NonNullable<MedDose['record']>;

export const medKeys = {
  all: ['medication'] as const,
  round: (date: string) => [...medKeys.all, 'round', date] as const,
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isRound = (x: unknown): x is MedRound =>
  isObject(x) && typeof x.date === 'string' && Array.isArray(x.residents);

/**
 * The day's doses of every room the caller may give them in (the API decides: a caretaker's
 * assignment), all time slots at once, so the screen can switch slot and room without network:
 * the last answer is kept on the device.
 */
export const medRoundQuery = (date: string) =>
  queryOptions({
    queryKey: medKeys.round(date),
    queryFn: () =>
      withDeviceCopy(`cache:med-round:${date}`, isRound, () =>
        unwrap(api.GET('/api/v1/medication-round', { params: { query: { date } } })),
      ),
    networkMode: 'always',
    retry: false,
  });

/** While the screen is open: sends the outbox now, when the network returns, and every 30 s. */
export function useMedOutboxSender(hasPending: boolean): void {
  useOutboxSender(medOutbox, medKeys.all, hasPending);
}
