import { randomUUID } from 'node:crypto';
import type { BenchFacility } from '../lib/context';
import { closedLoop, expectStatus } from '../lib/load';
import { ms, Results } from '../lib/results';
import type { Service } from '../lib/service';
import { isoDaysAgo, SlotPool } from '../lib/slots';
import type { ReadEndpoint } from './reads';
import { CpuMeter, cpuText } from '../lib/cpu';
import { type CpuSources, pct } from './reads';
import type { WriteSpec } from './writes';

/** What a caretaker writes at the end of a morning shift. */
const OBSERVATION = {
  meals: [
    { meal: 'breakfast', intake: 'full' },
    { meal: 'lunch', intake: 'partial', note: 'Ăn nửa bát cơm' },
  ],
  fluidsMl: 900,
  mood: 'calm',
  hygiene: 'assisted',
  toileting: 'normal',
  temperatureC: 36.7,
  notes: 'Sinh hoạt bình thường',
};

/**
 * `POST /residents/:id/daily-records` (morning places) against the same two INSERTs, the
 * daily_record row and its audit row, sent by `pg` (afternoon places, so both insert new rows).
 */
export function dailyRecordWrite(service: SlotPool, ceiling: SlotPool): WriteSpec {
  return {
    name: 'POST daily record',
    http: (f) => {
      const s = service.take(f.n - 1);
      return {
        path: `/api/v1/residents/${s.residentId}/daily-records`,
        token: f.tokens.caretaker,
        body: { recordDate: s.date, shift: s.shift, ...OBSERVATION },
      };
    },
    ceiling: (f) => {
      const s = ceiling.take(f.n - 1);
      return {
        record: {
          text: `INSERT INTO daily_record (facility_id, resident_id, record_date, shift, meals, fluids_ml, mood, hygiene,
                                           toileting, temperature_c, notes, handover, created_by, version)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, false, $12, 1) RETURNING id`,
          values: [
            f.id,
            s.residentId,
            s.date,
            s.shift,
            JSON.stringify(OBSERVATION.meals),
            OBSERVATION.fluidsMl,
            OBSERVATION.mood,
            OBSERVATION.hygiene,
            OBSERVATION.toileting,
            OBSERVATION.temperatureC,
            OBSERVATION.notes,
            f.caretakerId,
          ],
        },
        audit: (id) => ({
          text: `INSERT INTO audit_log (user_id, facility_id, action, entity, entity_id, changes, request_id, ip)
                 VALUES ($1, $2, 'create', 'daily_record', $3, $4, $5, '127.0.0.1')`,
          values: [
            f.caretakerId,
            f.id,
            id,
            JSON.stringify(
              Object.fromEntries(
                Object.entries({
                  id,
                  facilityId: f.id,
                  residentId: s.residentId,
                  recordDate: s.date,
                  shift: s.shift,
                  ...OBSERVATION,
                  createdBy: f.caretakerId,
                  version: 1,
                }).map(([k, v]) => [k, { before: null, after: v }]),
              ),
            ),
            randomUUID(),
          ],
        }),
      };
    },
  };
}

/** `POST /daily-records/batch` of 20 residents, `clients` caretakers at once, `count` rounds each. */
export async function roundScenario(
  service: Service,
  facilities: BenchFacility[],
  pool: SlotPool,
  clients: number,
  seconds: number,
  results: Results,
  cpu: CpuSources,
): Promise<void> {
  const meter = new CpuMeter(cpu.service, cpu.postgres);
  // every facility in turn, not one per client: 4 clients on 4 of 10 facilities ran out of free
  // places (500 rounds each) within the default preset's 15 s, and counted the rest as errors
  let turn = 0;
  const r = await closedLoop(
    clients,
    seconds,
    async () => {
      const f = facilities[turn++ % facilities.length];
      const slots = pool.takeBatch(f.n - 1, 20);
      const answer = await service.http.send('POST', '/api/v1/daily-records/batch', {
        token: f.tokens.caretaker,
        body: {
          recordDate: slots[0].date,
          shift: slots[0].shift,
          rows: slots.map((s) => ({ residentId: s.residentId, ...OBSERVATION, meals: [] })),
        },
        headers: { 'idempotency-key': randomUUID() },
      });
      return expectStatus(answer, 201, 'round batch');
    },
    0,
    meter,
  );
  results.add({
    scenario: `Round: 20-resident batch (${clients} caretakers at once)`,
    figure: `median ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)}; ${r.requests} rounds (${r.requests * 20} records), ${r.errors} errors; ${cpuText(meter.perRequest(r.requests))}`,
    target: 'median < 20 ms',
    met: r.p50 < 20 && r.errors === 0,
    note: r.errorSamples.join('; ') || undefined,
  });
}

/** The round view of one room on a day of the loaded history (all three shifts). */
export function roundView(gapDays: number): ReadEndpoint {
  return {
    name: 'round view (a room, a day)',
    request: (f, c, n) => ({
      path: `/api/v1/daily-records?date=${isoDaysAgo(gapDays + ((c + n) % 30))}&room=${f.roomIds[(c * 7 + n) % f.roomIds.length]}`,
      token: f.tokens.caretaker,
    }),
  };
}

/**
 * Issue 10 item 9: 70 % reads of the round view and resident pages, 25 % daily-record writes,
 * 5 % worklist, `clients` authenticated clients for `seconds`; every answer must be as expected.
 */
export async function mixScenario(
  service: Service,
  facilities: BenchFacility[],
  writes: SlotPool,
  reads: { round: ReadEndpoint; page: ReadEndpoint; worklist: ReadEndpoint },
  clients: number,
  seconds: number,
  results: Results,
): Promise<void> {
  const r = await closedLoop(
    clients,
    seconds,
    async (c, n) => {
      const f = facilities[c % facilities.length];
      const pick = (c * 13 + n * 7) % 100;
      if (pick < 25) {
        const s = writes.take(f.n - 1);
        const a = await service.http.send(
          'POST',
          `/api/v1/residents/${s.residentId}/daily-records`,
          {
            token: f.tokens.caretaker,
            body: { recordDate: s.date, shift: s.shift, ...OBSERVATION },
            headers: { 'idempotency-key': randomUUID() },
          },
        );
        return expectStatus(a, 201, 'mix write');
      }
      const e = pick < 60 ? reads.round : pick < 95 ? reads.page : reads.worklist;
      const { path, token } = e.request(f, c, n);
      return expectStatus(await service.http.send('GET', path, { token }), 200, e.name);
    },
    Math.min(3, seconds / 6),
  );
  results.add({
    scenario: `Load mix: 35 % round view, 35 % resident page, 25 % daily-record POST, 5 % worklist (${clients} clients, ${seconds} s)`,
    figure: pct(r),
    target: '0 errors',
    met: r.errors === 0,
    note: r.errorSamples.join('; ') || undefined,
  });
}
