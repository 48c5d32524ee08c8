import { AlertsService } from '../../src/alerts/alerts.service';
import type { AlertKind } from '../../src/alerts/alert-kinds';
import { addDays } from '../../src/calendar/dates';
import {
  alertsOf,
  elderlyBody,
  healthApi,
  infantBody,
  runOverdue,
  setDue,
} from '../health/health-fixtures';
import { fieldsOf, today } from '../residents/resident-fixtures';
import { expectProblem, startTestApp, TestApp } from '../support/test-app';

interface AlertBody {
  id: string;
  facilityId: string;
  residentId: string | null;
  kind: string;
  status: string;
  raisedAt: string;
  dueOn: string | null;
  message: string;
  messageEn: string;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  acknowledgeNote: string | null;
  version: number;
}

interface AlertPage {
  items: AlertBody[];
  nextCursor: string | null;
}

describe('alerts', () => {
  let t: TestApp;
  let api: ReturnType<typeof healthApi>;
  let admin: string;
  let nurse: string;
  let carer: string;
  let social: string;
  let admin2: string;
  let users: Record<string, string>;
  let checkupAlert: string;
  let vaccinationAlerts: string[];
  let socialAlert: string;
  let alertB: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = healthApi(t);
    admin = await t.token('admin');
    nurse = await t.token('nurse');
    carer = await t.token('carer');
    social = await t.token('social');
    admin2 = await t.token('admin2');
    const rows = await t.dataSource.query<{ id: string; username: string }[]>(
      `SELECT id, username FROM app_user`,
    );
    users = Object.fromEntries(rows.map((r) => [r.username, r.id]));

    // A check-up overdue, an infant's vaccinations overdue (facility A), a check-up overdue in B.
    const elderly = (await api.admitted(admin, elderlyBody())).id;
    const periodic = await api.scheduleOf(elderly, nurse, 'periodic_exam');
    await setDue(t, periodic.id, addDays(today(), -15));
    const born = addDays(today(), -20);
    // Admitted at birth: the birth doses keep their plan date (a later admission would catch up).
    const infant = (
      await api.admitted(admin, infantBody(born, { admittedOn: born, decisionDate: born }))
    ).id;
    const other = (await api.admitted(admin2, elderlyBody())).id;
    await setDue(
      t,
      (await api.scheduleOf(other, admin2, 'periodic_exam')).id,
      addDays(today(), -3),
    );
    await runOverdue(t.app);

    const [checkup] = await alertsOf(t, periodic.id);
    if (!checkup) throw new Error('no check-up alert');
    checkupAlert = checkup.id;
    const vacc = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM alert WHERE resident_id = $1 AND kind = 'vaccination_overdue'`,
      [infant],
    );
    vaccinationAlerts = vacc.map((v) => v.id);
    // HEPB_BIRTH and BCG are due at birth, 20 days ago
    expect(vaccinationAlerts).toHaveLength(2);
    const [b] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM alert WHERE resident_id = $1`,
      [other],
    );
    if (!b) throw new Error('no alert in B');
    alertB = b.id;

    // A social worker's kind, raised the way other modules raise theirs.
    const alerts = t.app.get(AlertsService);
    await alerts.raise(t.dataSource.manager, {
      facilityId: t.facilityA.id,
      residentId: elderly,
      kind: 'emergency_dossier_due' satisfies AlertKind,
      sourceType: 'admission',
      sourceId: elderly,
      dueOn: addDays(today(), 2),
      message: 'Hồ sơ tiếp nhận khẩn cấp sắp hết hạn',
      messageEn: 'Emergency dossier due',
    });
    const [s] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM alert WHERE kind = 'emergency_dossier_due'`,
    );
    if (!s) throw new Error('no social alert');
    socialAlert = s.id;
  });
  afterAll(() => t.close());

  async function list(token: string, query: Record<string, string | number> = {}) {
    const res = await api.alerts(token, query);
    expect(res.status).toBe(200);
    return res.body as AlertPage;
  }
  const idsOf = (page: AlertPage) => page.items.map((a) => a.id).sort();
  const statusOf = async (id: string) =>
    (
      await t.dataSource.query<{ status: string }[]>(`SELECT status FROM alert WHERE id = $1`, [id])
    )[0]?.status;

  describe('GET /alerts', () => {
    it('shows the nurse the health kinds of the own facility, open by default, newest first', async () => {
      const page = await list(nurse);
      expect(idsOf(page)).toEqual([checkupAlert, ...vaccinationAlerts].sort());
      expect(page.nextCursor).toBeNull();
      const checkup = page.items.find((a) => a.id === checkupAlert);
      expect(checkup).toMatchObject({
        kind: 'checkup_overdue',
        status: 'open',
        dueOn: addDays(today(), -15),
        acknowledgedBy: null,
      });
      expect(checkup?.messageEn).toMatch(/6-monthly check-up overdue since/);
      const raised = page.items.map((a) => a.raisedAt);
      expect(raised).toEqual([...raised].sort().reverse());
    });

    it('shows the admin every kind, and the social worker only theirs', async () => {
      expect(idsOf(await list(admin))).toEqual(
        [checkupAlert, ...vaccinationAlerts, socialAlert].sort(),
      );
      expect(idsOf(await list(social))).toEqual([socialAlert]);
    });

    it('shows a caretaker an empty list', async () => {
      expect(await list(carer)).toEqual({ items: [], nextCursor: null });
      expect(await list(carer, { kind: 'checkup_overdue' })).toEqual({
        items: [],
        nextCursor: null,
      });
    });

    it('filters by kind; a kind the role does not handle answers nothing', async () => {
      expect(idsOf(await list(nurse, { kind: 'vaccination_overdue' }))).toEqual(
        [...vaccinationAlerts].sort(),
      );
      expect(idsOf(await list(nurse, { kind: 'checkup_overdue' }))).toEqual([checkupAlert]);
      expect((await list(nurse, { kind: 'emergency_dossier_due' })).items).toEqual([]);
    });

    it('shows another facility only its own', async () => {
      expect(idsOf(await list(admin2))).toEqual([alertB]);
    });

    it('pages with a cursor, also through alerts raised in the same instant', async () => {
      const all = (await list(admin, { limit: 200 })).items.map((a) => a.id);
      // the job raised these in one statement: they share raised_at
      const tied = await t.dataSource.query<{ n: string }[]>(
        `SELECT count(DISTINCT raised_at) AS n FROM alert WHERE id = ANY($1)`,
        [[checkupAlert, ...vaccinationAlerts]],
      );
      expect(Number(tied[0]?.n)).toBe(1);
      for (const limit of [1, 2, 3]) {
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const query: Record<string, string | number> = { limit };
          if (cursor) query.cursor = cursor;
          const page = await list(admin, query);
          if (page.nextCursor !== null) expect(page.items).toHaveLength(limit);
          seen.push(...page.items.map((a) => a.id));
          cursor = page.nextCursor;
          if (++pages > 50) throw new Error('pagination does not end');
        } while (cursor);
        expect(seen).toEqual(all);
      }
      expect(all).toHaveLength(4);
    });

    it('refuses bad queries and the provincial officer', async () => {
      const bad: Record<string, string | number>[] = [
        { status: 'pending' },
        { kind: 'tarot' },
        { residentId: 'x' },
        { limit: 500 },
      ];
      for (const query of bad) {
        const res = await api.alerts(nurse, query);
        expectProblem(res, 400);
        expect(fieldsOf(res)).toEqual(Object.keys(query));
      }
      expectProblem(await api.alerts(await t.token('officer')), 403);
    });
  });

  describe('POST /alerts/:id/acknowledge', () => {
    it('refuses an acknowledgement without a note (400) and leaves the alert open', async () => {
      for (const body of [
        {},
        { note: '' },
        { note: '   ' },
        { note: 42 },
        { note: 'x'.repeat(1001) },
      ]) {
        const res = await api.acknowledge(nurse, checkupAlert, body);
        expectProblem(res, 400);
        expect(fieldsOf(res)).toEqual(['note']);
      }
      const extra = await api.acknowledge(nurse, checkupAlert, { note: 'ok', by: 'me' });
      expectProblem(extra, 400);
      expect(fieldsOf(extra)).toEqual(['by']);
      expect(await statusOf(checkupAlert)).toBe('open');
    });

    it('answers 404 to a role that does not handle the kind, to another facility and for nobody', async () => {
      expectProblem(await api.acknowledge(carer, checkupAlert, { note: 'Đã báo y tá' }), 404);
      expectProblem(await api.acknowledge(social, checkupAlert, { note: 'Đã báo y tá' }), 404);
      expectProblem(await api.acknowledge(nurse, socialAlert, { note: 'Đã xem' }), 404);
      expectProblem(await api.acknowledge(admin2, checkupAlert, { note: 'Đã xem' }), 404);
      expectProblem(
        await api.acknowledge(nurse, '3d1a9f0e-2b4c-4e6d-8f1a-7b9c0d2e4f6a', { note: 'Đã xem' }),
        404,
      );
      expectProblem(await api.acknowledge(nurse, 'not-a-uuid', { note: 'Đã xem' }), 400);
      expect(await statusOf(checkupAlert)).toBe('open');
      expect(await statusOf(socialAlert)).toBe('open');
    });

    it('records who and when, with the note; the alert moves from open to acknowledged', async () => {
      const before = Date.now();
      const res = await api.acknowledge(nurse, checkupAlert, {
        note: '  Đã hẹn khám lại ngày 25/11  ',
      });
      const after = Date.now();
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: checkupAlert,
        status: 'acknowledged',
        acknowledgedBy: users.nurse,
        acknowledgeNote: 'Đã hẹn khám lại ngày 25/11',
      });
      const at = new Date(res.body.acknowledgedAt as string).getTime();
      expect(at).toBeGreaterThanOrEqual(before);
      expect(at).toBeLessThanOrEqual(after);
      expect(res.body.version).toBeGreaterThan(1);

      expect(idsOf(await list(nurse))).not.toContain(checkupAlert);
      expect(idsOf(await list(nurse, { status: 'acknowledged' }))).toEqual([checkupAlert]);
      const audit = await t.dataSource.query<{ user_id: string; action: string }[]>(
        `SELECT user_id, action FROM audit_log WHERE entity = 'alert' AND entity_id = $1`,
        [checkupAlert],
      );
      expect(audit).toEqual([{ user_id: users.nurse, action: 'update' }]);
    });

    it('refuses a second acknowledgement with 409, keeping the first', async () => {
      const res = await api.acknowledge(admin, checkupAlert, { note: 'Lần hai' });
      expectProblem(res, 409);
      expect(res.body.detail).toMatch(/đã được xác nhận/);
      expect(res.body.detail).not.toMatch(/acknowledged/);
      const [row] = await t.dataSource.query<
        { acknowledged_by: string; acknowledge_note: string }[]
      >(`SELECT acknowledged_by, acknowledge_note FROM alert WHERE id = $1`, [checkupAlert]);
      expect(row).toEqual({
        acknowledged_by: users.nurse,
        acknowledge_note: 'Đã hẹn khám lại ngày 25/11',
      });
    });

    it('refuses a closed alert with 409', async () => {
      const [closed] = vaccinationAlerts;
      if (!closed) throw new Error('setup');
      await t.dataSource.query(
        `UPDATE alert SET status = 'closed', closed_at = now() WHERE id = $1`,
        [closed],
      );
      expectProblem(await api.acknowledge(nurse, closed, { note: 'Đã tiêm' }), 409);
      expect(await statusOf(closed)).toBe('closed');
      expect(idsOf(await list(nurse, { status: 'closed' }))).toEqual([closed]);
    });

    it('lets the social worker and the admin acknowledge their kinds', async () => {
      const res = await api.acknowledge(social, socialAlert, { note: 'Đang bổ sung hồ sơ' });
      expect(res.status).toBe(200);
      expect(res.body.acknowledgedBy).toBe(users.social);
      const [open] = vaccinationAlerts.slice(1);
      if (!open) throw new Error('setup');
      const byAdmin = await api.acknowledge(admin, open, { note: 'Đã liên hệ trạm y tế' });
      expect(byAdmin.status).toBe(200);
      expect(byAdmin.body.acknowledgedBy).toBe(users.admin);
    });
  });
});
