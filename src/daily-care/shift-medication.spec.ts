import type { ShiftDosesRow } from '../medication/shift-doses.queries';
import { medicationOfDoses } from './shift-medication';

const row = (doses: number, notRecorded: number, notGiven: number): ShiftDosesRow => ({
  resident_id: 'r',
  record_date: '2026-11-20',
  shift: 'morning',
  doses,
  not_recorded: notRecorded,
  not_given: notGiven,
  summary: doses === 0 ? null : '07:00 …',
});

describe('medicationOfDoses: the daily record reports the medication round', () => {
  it.each([
    ['no row', undefined, 'not_prescribed', null],
    ['no dose in the shift', row(0, 0, 0), 'not_prescribed', null],
    ['every dose given', row(3, 0, 0), 'yes', '07:00 …'],
    ['one refused, held or not available', row(3, 0, 1), 'no', '07:00 …'],
    ['one not given and one not recorded yet', row(3, 1, 1), 'no', '07:00 …'],
    ['one not recorded yet, the rest given', row(2, 1, 0), null, '07:00 …'],
  ])('%s', (_case, doses, given, note) => {
    expect(medicationOfDoses(doses)).toEqual({ given, note });
  });
});
