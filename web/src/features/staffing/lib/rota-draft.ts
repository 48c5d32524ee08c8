import { addDays } from '../../../lib/calendar';
import type { FieldProblem } from '../../../lib/problem';
import type { Assignment, AssignmentBody, Shift } from '../api/staffing';

/** One line of the week being edited: a person on a shift of a day, with their rooms. */
export interface DraftRow {
  /** Made on the device, so a row keeps its errors while others are added or removed. */
  key: string;
  userId: string;
  date: string;
  shift: Shift;
  roomIds: string[];
  cover: boolean;
}

/** A row's errors by field (`userId`, `roomIds`, `shift`, `date`, `cover`). */
export type RowErrors = Record<string, Record<string, string>>;

let counter = 0;
export const newKey = (): string => `row-${String(++counter)}`;

export const fromAssignments = (assignments: readonly Assignment[]): DraftRow[] =>
  assignments.map((a) => ({
    key: newKey(),
    userId: a.userId,
    date: a.date,
    shift: a.shift,
    roomIds: [...a.roomIds],
    cover: a.cover,
  }));

export const toBody = (rows: readonly DraftRow[]): AssignmentBody[] =>
  rows.map((r) => ({
    userId: r.userId,
    date: r.date,
    shift: r.shift,
    roomIds: r.roomIds,
    cover: r.cover,
  }));

/** Last week's rows moved seven days on, without the people no longer on the staff. */
export function copiedWeek(
  lastWeek: readonly Assignment[],
  activeUsers: ReadonlySet<string>,
): { rows: DraftRow[]; skipped: number } {
  const kept = lastWeek.filter((a) => activeUsers.has(a.userId));
  return {
    rows: fromAssignments(kept).map((r) => ({ ...r, date: addDays(r.date, 7) })),
    skipped: lastWeek.length - kept.length,
  };
}

/** Whether the draft says the same as the saved week (order aside). */
export function sameRows(a: readonly DraftRow[], b: readonly DraftRow[]): boolean {
  const sig = (rows: readonly DraftRow[]) =>
    rows
      .map(
        (r) =>
          `${r.date}|${r.shift}|${r.userId}|${[...r.roomIds].sort().join(',')}|${String(r.cover)}`,
      )
      .sort()
      .join(';');
  return sig(a) === sig(b);
}

/** Errors found before sending: a row without a person, a person twice on one shift. */
export function draftErrors(
  rows: readonly DraftRow[],
  messages: { required: string; duplicate: string },
): RowErrors {
  const errors: RowErrors = {};
  const seen = new Set<string>();
  for (const r of rows) {
    if (r.userId === '') errors[r.key] = { userId: messages.required };
    const id = `${r.date}|${r.shift}|${r.userId}`;
    if (r.userId !== '' && seen.has(id)) errors[r.key] = { userId: messages.duplicate };
    seen.add(id);
  }
  return errors;
}

/**
 * The API's field errors (`assignments.3.roomIds`) put back on the rows sent, by their position
 * in the body: each message lands on its row and field.
 */
export function serverErrors(
  sent: readonly DraftRow[],
  problems: readonly FieldProblem[],
): RowErrors {
  const errors: RowErrors = {};
  for (const p of problems) {
    const m = /^assignments\.(\d+)\.(\w+)/.exec(p.field);
    const row = m ? sent[Number(m[1])] : undefined;
    if (!m || !row) continue;
    errors[row.key] = { ...errors[row.key], [m[2] ?? 'userId']: p.message };
  }
  return errors;
}

export const cellRows = (rows: readonly DraftRow[], date: string, shift: Shift): DraftRow[] =>
  rows.filter((r) => r.date === date && r.shift === shift);
