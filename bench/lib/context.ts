import { withClient } from './db';
import { facilityCode, username } from './generate';
import type { Service } from './service';

export interface BenchFacility {
  n: number;
  id: string;
  residentIds: string[];
  /** Admission date of each resident of `residentIds` (same order). */
  admittedOn: string[];
  roomIds: string[];
  caretakerId: string;
  tokens: Record<'admin' | 'nurse' | 'caretaker', string>;
}

/** Logs in as the admin, nurse and caretaker of each bench facility and lists its residents. */
export async function facilitiesOf(
  url: string,
  service: Service,
  count: number,
): Promise<BenchFacility[]> {
  const out: BenchFacility[] = [];
  for (let n = 1; n <= count; n++) {
    const rows = await withClient(url, async (c) => {
      const f = await c.query<{ id: string }>(`SELECT id FROM facility WHERE code = $1`, [
        facilityCode(n),
      ]);
      const id = f.rows[0]?.id;
      if (!id) throw new Error(`facility ${facilityCode(n)} is not loaded`);
      const r = await c.query<{ id: string; admitted_on: string }>(
        `SELECT id, admitted_on FROM resident WHERE facility_id = $1 AND status = 'active' ORDER BY code`,
        [id],
      );
      const rooms = await c.query<{ id: string }>(
        `SELECT id FROM room WHERE facility_id = $1 AND EXISTS (SELECT 1 FROM resident r WHERE r.room_id = room.id) ORDER BY code`,
        [id],
      );
      const u = await c.query<{ id: string }>(`SELECT id FROM app_user WHERE username = $1`, [
        username(n, 'caretaker'),
      ]);
      return {
        id,
        caretakerId: u.rows[0].id,
        residentIds: r.rows.map((x) => x.id),
        admittedOn: r.rows.map((x) => x.admitted_on),
        roomIds: rooms.rows.map((x) => x.id),
      };
    });
    out.push({
      n,
      ...rows,
      tokens: {
        admin: await service.login(username(n, 'admin')),
        nurse: await service.login(username(n, 'nurse')),
        caretaker: await service.login(username(n, 'caretaker')),
      },
    });
  }
  return out;
}
