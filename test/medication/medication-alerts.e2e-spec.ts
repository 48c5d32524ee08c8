import type { NestExpressApplication } from '@nestjs/platform-express';
import passport from 'passport';
import { LocalStrategy } from '../../src/auth/local.strategy';
import { createApp } from '../../src/bootstrap';
import { JobOutcome, JobRunner } from '../../src/jobs/job-runner';
import { MEDICATION_JOB, runMedicationChecks } from '../../src/medication/medication-alerts.job';
import {
  raiseMissedDoses,
  raiseRepeatedRefusals,
} from '../../src/medication/medication-alerts.queries';
import { daysAgo } from '../daily-care/care-fixtures';
import { count, startTestApp, TestApp, testConfig } from '../support/test-app';
import { medicationApi, scheduledBody } from './medication-fixtures';

interface AlertRow {
  source_key: string;
  status: string;
  message: string;
  message_en: string;
}

describe('medication alerts: doses not recorded and repeated refusals (real PostgreSQL)', () => {
  let t: TestApp;
  let api: ReturnType<typeof medicationApi>;
  let admin: string;
  let nurse: string;
  let carer: string;
  let room: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = medicationApi(t);
    [admin, nurse, carer] = await Promise.all([
      t.token('admin'),
      t.token('nurse'),
      t.token('carer'),
    ]);
    room = await api.room(admin);
  }, 120_000);
  afterAll(() => t.close());

  /** A resident with a prescription in force only on `day`, written days before it. */
  async function prescribedOn(day: string, over: Record<string, unknown> = {}) {
    const resident = (await api.residentIn(admin, room)).id;
    const res = await api.prescribe(
      nurse,
      resident,
      scheduledBody({ startDate: day, endDate: day, ...over }),
    );
    if (res.status !== 201) throw new Error(`prescribe: ${res.status} ${res.text}`);
    const id = res.body.id as string;
    await t.dataSource.query(
      `UPDATE prescription SET created_at = now() - interval '10 days' WHERE id = $1`,
      [id],
    );
    return { resident, id };
  }

  const alertsOf = (prescriptionId: string, kind = 'dose_not_recorded') =>
    t.dataSource.query<AlertRow[]>(
      `SELECT source_key, status, message, message_en FROM alert
        WHERE source_id = $1 AND kind = $2 ORDER BY source_key`,
      [prescriptionId, kind],
    );
  const run = () =>
    t.dataSource.transaction((m) => runMedicationChecks(m, t.config.medicationGraceMinutes));

  it('raises one alert per dose not recorded after the grace, without naming the medicine', async () => {
    const day = daysAgo(1);
    const { id } = await prescribedOn(day, {
      medicineName: 'Olanzapine',
      sensitive: true,
      caretakerLabel: 'Thuốc túi vàng',
    });
    await run();
    const alerts = await alertsOf(id);
    expect(alerts.map((a) => a.source_key)).toEqual([
      `dose:${id}:${day}:07:00`,
      `dose:${id}:${day}:19:00`,
    ]);
    expect(alerts[0]?.message).toMatch(/liều thuốc lúc 07:00 ngày .* chưa được ghi/);
    expect(JSON.stringify(alerts)).not.toMatch(/Olanzapine|túi vàng/);
    // A re-run raises nothing new.
    const again = await run();
    expect((await alertsOf(id)).length).toBe(2);
    expect(again.raised).toBeGreaterThanOrEqual(0);
    // The nurse sees the kind; a caretaker does not.
    const nurseAlerts = await api.alerts(nurse, 'dose_not_recorded');
    expect(nurseAlerts.status).toBe(200);
    expect(JSON.stringify(nurseAlerts.body)).toContain(id);
    const carerAlerts = await api.alerts(carer, 'dose_not_recorded');
    expect(carerAlerts.status).toBe(200);
    expect(JSON.stringify(carerAlerts.body)).not.toContain(id);
  });

  it('closes the alert of a dose recorded late, and raises nothing for a recorded dose', async () => {
    const day = daysAgo(1);
    const { id } = await prescribedOn(day);
    const res = await api.medBatch(nurse, {
      date: day,
      rows: [{ prescriptionId: id, time: '07:00', outcome: 'given' }],
    });
    expect(res.status).toBe(201);
    await run();
    expect((await alertsOf(id)).map((a) => a.source_key)).toEqual([`dose:${id}:${day}:19:00`]);
    await api.medBatch(nurse, {
      date: day,
      rows: [{ prescriptionId: id, time: '19:00', outcome: 'refused' }],
    });
    const outcome = await run();
    expect(outcome.closed).toBeGreaterThanOrEqual(1);
    expect((await alertsOf(id)).map((a) => a.status)).toEqual(['closed']);
  });

  it('waits for the configured grace: none within it, none before the prescription existed', async () => {
    const day = daysAgo(1);
    const { id } = await prescribedOn(day);
    await t.dataSource.transaction((m) => raiseMissedDoses(m, 60 * 48));
    expect(await alertsOf(id)).toEqual([]);
    // Written after its doses' times: those doses were never due to anybody.
    await t.dataSource.query(`UPDATE prescription SET created_at = now() WHERE id = $1`, [id]);
    await run();
    expect(await alertsOf(id)).toEqual([]);
  });

  it('raises "repeated refusals" once per streak of three', async () => {
    const resident = (await api.residentIn(admin, room)).id;
    const id = (
      await api.prescribe(
        nurse,
        resident,
        scheduledBody({ startDate: daysAgo(7), times: ['07:00'] }),
      )
    ).body.id as string;
    const record = (day: string, outcome: string) =>
      api.medBatch(nurse, { date: day, rows: [{ prescriptionId: id, time: '07:00', outcome }] });
    const refusals = () => t.dataSource.transaction((m) => raiseRepeatedRefusals(m));
    await record(daysAgo(6), 'refused');
    await record(daysAgo(5), 'refused');
    await refusals();
    expect(await alertsOf(id, 'medication_refused')).toEqual([]);
    await record(daysAgo(4), 'refused');
    await refusals();
    const first = await alertsOf(id, 'medication_refused');
    expect(first).toHaveLength(1);
    expect(first[0]?.message).toMatch(/từ chối thuốc 3 lần liên tiếp/);
    await record(daysAgo(3), 'refused');
    await refusals();
    expect(await alertsOf(id, 'medication_refused')).toHaveLength(1);
    // A dose taken ends the streak; three more refusals are a new one.
    await record(daysAgo(2), 'given');
    await record(daysAgo(1), 'refused');
    await record(daysAgo(0), 'refused');
    await refusals();
    expect(await alertsOf(id, 'medication_refused')).toHaveLength(1);
    await t.dataSource.query(
      `INSERT INTO medication_administration (facility_id, resident_id, prescription_id, prescription_version, dose_date, dose_time, outcome, administered_at, recorded_by)
       SELECT facility_id, resident_id, id, version, $2::date, '07:00', 'refused', now(), created_by FROM prescription WHERE id = $1`,
      // Tomorrow in the facility's time zone: the database's current_date is UTC's, which is
      // already the facility's today from 17:00 UTC on.
      [id, daysAgo(-1)],
    );
    await refusals();
    expect(await alertsOf(id, 'medication_refused')).toHaveLength(2);
  });

  describe('two app instances on one database', () => {
    let second: NestExpressApplication;
    beforeAll(async () => {
      second = (await createApp(testConfig(), t.dbUrl, { logger: false })).app;
    });
    afterAll(async () => {
      await second.close();
      // The second app took over passport's 'local' strategy: hand it back to the first.
      passport.use('local', t.app.get(LocalStrategy));
    });

    it('started at the same moment, alert each missed dose exactly once', async () => {
      const runners = [t.app.get(JobRunner), second.get(JobRunner)];
      expect(runners[0]).not.toBe(runners[1]);
      const ids: string[] = [];
      for (let round = 1; round <= 4; round++) {
        // New missed doses each round, to give the race a chance.
        const day = daysAgo(1);
        ids.push((await prescribedOn(day, { times: ['06:00', '12:00', '18:00'] })).id);
        const runsBefore = await count(t.dataSource, 'job_run');
        const job = (m: Parameters<typeof runMedicationChecks>[0]) => runMedicationChecks(m, 60);
        const outcomes: (JobOutcome | null)[] = await Promise.all(
          runners.map((r) => r.runExclusive(MEDICATION_JOB, job, { force: true })),
        );
        const ran = outcomes.filter((o): o is JobOutcome => o !== null);
        expect(ran.length).toBeGreaterThanOrEqual(1);
        expect(await count(t.dataSource, 'job_run')).toBe(runsBefore + ran.length);
        const rows = await t.dataSource.query<{ source_key: string; n: string }[]>(
          `SELECT source_key, count(*) AS n FROM alert WHERE source_id = ANY($1)
            AND kind = 'dose_not_recorded' GROUP BY source_key`,
          [ids],
        );
        expect(rows).toHaveLength(ids.length * 3);
        expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
      }
    });
  });
});
