import { withClient } from './db';
import { facilityCode, username } from './generate';
import type { Service } from './service';

export interface BenchFacility {
  n: number;
  id: string;
  residentIds: string[];
  roomCodes: string[];
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
      const r = await c.query<{ id: string }>(
        `SELECT id FROM resident WHERE facility_id = $1 AND status = 'active' ORDER BY code`,
        [id],
      );
      const rooms = await c.query<{ code: string }>(
        `SELECT code FROM room WHERE facility_id = $1 ORDER BY code`,
        [id],
      );
      return { id, residentIds: r.rows.map((x) => x.id), roomCodes: rooms.rows.map((x) => x.code) };
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
