import type { BenchFacility } from './context';

export interface Slot {
  residentId: string;
  date: string;
  shift: string;
}

export function isoDaysAgo(days: number): string {
  // the facilities' "today" is Vietnam's (UTC+7), which the service checks dates against
  const vn = new Date(Date.now() + 7 * 3600_000);
  vn.setUTCHours(0, 0, 0, 0);
  vn.setUTCDate(vn.getUTCDate() - days);
  return vn.toISOString().slice(0, 10);
}

/**
 * Free (resident, date, shift) places for new daily records: the generator left the last `gapDays`
 * days (today included, in the facility's time zone) empty. Each pool hands out a place once, per
 * facility, residents in turn, only on or after the resident's admission.
 */
export class SlotPool {
  private readonly queues: Slot[][];
  private readonly next: number[];

  constructor(facilities: BenchFacility[], gapDays: number, shift: string) {
    this.queues = facilities.map((f) => {
      const out: Slot[] = [];
      for (let d = 0; d < gapDays; d++) {
        const date = isoDaysAgo(d);
        f.residentIds.forEach((residentId, i) => {
          if (f.admittedOn[i] <= date) out.push({ residentId, date, shift });
        });
      }
      return out;
    });
    this.next = facilities.map(() => 0);
  }

  take(facility: number): Slot {
    const q = this.queues[facility];
    const i = this.next[facility]++;
    if (i >= q.length) throw new Error('no free (resident, date, shift) left: raise the gap days');
    return q[i];
  }

  /** `size` places of one date, for a batch round. */
  takeBatch(facility: number, size: number): Slot[] {
    const first = this.take(facility);
    const out = [first];
    while (out.length < size) {
      const s = this.take(facility);
      if (s.date !== first.date) return this.takeBatch(facility, size);
      out.push(s);
    }
    return out;
  }
}
