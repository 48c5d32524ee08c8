import { addDays, addMonths } from '../../src/calendar/dates';
import { staffByRole } from '../../src/staffing/staff-by-role';
import { dischargeApi } from '../discharge/discharge-fixtures';
import { today } from '../residents/resident-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { as, createUser, userIdOf } from '../users/user-fixtures';
import { pdfText, ReportBody, reportsApi } from './report-fixtures';

jest.setTimeout(240_000);

type StaffByRole = {
  lastDay: string;
  residents: number;
  roles: { role: string; onLastDay: number; average: number; required: number | null }[];
};

const staffOf = (r: ReportBody) => r.data.staffByRole as StaffByRole;
const onLastDay = (s: StaffByRole) =>
  Object.fromEntries(s.roles.map((r) => [r.role, r.onLastDay]));

/**
 * The staff by role a report counts come from the staff history (staff_role_period), written with
 * each account change: the demo accounts hold their roles since 2020; today the caretaker becomes
 * a social worker and the nurse is deactivated. Last month's report stays as it was; this month's
 * counts them as they are from today.
 */
describe('reports count staff by role as the staff history held them', () => {
  let t: TestApp;
  let api: ReturnType<typeof reportsApi>;
  let admin: string;
  let lastMonth: string;
  let thisMonth: string;
  let before: ReportBody;
  let newCarer: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = reportsApi(t);
    admin = await t.token('admin');
    await t.dataSource.query(`UPDATE facility SET capacity = 500`);
    thisMonth = today().slice(0, 7);
    lastMonth = addMonths(`${thisMonth}-01`, -1).slice(0, 7);
    // Two children of 10 present since before last month: one carer, one social worker, one nurse.
    const residents = dischargeApi(t);
    await residents.resident(admin, {}, 70);
    await residents.resident(admin, {}, 65);
    before = await api.generated(admin, { month: lastMonth });
    newCarer = (await createUser(t, admin, { role: 'caretaker' })).id;
    const users = as(t, admin);
    for (const [username, change] of [
      ['carer', { role: 'social_worker' }],
      ['nurse', { active: false }],
    ] as const) {
      const id = await userIdOf(t, username);
      const [{ version }] = await t.dataSource.query<{ version: number }[]>(
        `SELECT version FROM app_user WHERE id = $1`,
        [id],
      );
      const res = await users.patch(`/users/${id}`, change, version);
      expect(res.status).toBe(200);
    }
  });
  afterAll(() => t.close());

  it('counts every role against TT 33/2017 on the last day of the month', () => {
    const s = staffOf(before);
    expect(s.lastDay).toBe(addDays(`${thisMonth}-01`, -1));
    expect(s.residents).toBe(2);
    // The accounts created today (this month) are not last month's staff.
    expect(s.roles).toEqual([
      { role: 'caretaker', onLastDay: 1, average: 1, required: 1 },
      { role: 'social_worker', onLastDay: 1, average: 1, required: 1 },
      { role: 'nurse', onLastDay: 1, average: 1, required: 1 },
      { role: 'admin', onLastDay: 1, average: 1, required: null },
    ]);
  });

  it('leaves last month as it was after a role change and a deactivation this month', async () => {
    const again = await api.generated(admin, {
      month: lastMonth,
      reason: 'Lập lại sau thay đổi nhân sự',
    });
    expect(staffOf(again)).toEqual(staffOf(before));
    expect(again.changedFigures ?? []).not.toContainEqual(
      expect.stringMatching(/^staffByRole/),
    );
  });

  it('dates the change in the history, written with the account', async () => {
    const rows = await t.dataSource.query<
      { username: string; role: string; valid_from: string; valid_to: string | null }[]
    >(
      `SELECT u.username, p.role, to_char(p.valid_from, 'YYYY-MM-DD') AS valid_from,
              to_char(p.valid_to, 'YYYY-MM-DD') AS valid_to
         FROM staff_role_period p JOIN app_user u ON u.id = p.user_id
        WHERE u.username IN ('carer', 'nurse') OR u.id = $1
        ORDER BY u.username, p.valid_from`,
      [newCarer],
    );
    const day = today();
    expect(rows.filter((r) => r.username === 'carer')).toEqual([
      { username: 'carer', role: 'caretaker', valid_from: '2020-01-01', valid_to: day },
      { username: 'carer', role: 'social_worker', valid_from: day, valid_to: null },
    ]);
    expect(rows.filter((r) => r.username === 'nurse')).toEqual([
      { username: 'nurse', role: 'nurse', valid_from: '2020-01-01', valid_to: day },
    ]);
    expect(rows.filter((r) => r.role === 'caretaker' && r.valid_to === null)).toEqual([
      expect.objectContaining({ role: 'caretaker', valid_from: day }),
    ]);
  });

  it('no longer counts the deactivated nurse from the day she left', async () => {
    const day = today();
    const manager = t.dataSource.manager;
    const yesterday = await staffByRole(manager, t.facilityA.id, addDays(day, -1), addDays(day, -1));
    const now = await staffByRole(manager, t.facilityA.id, day, day);
    expect(onLastDay(yesterday)).toMatchObject({ nurse: 1, caretaker: 1, social_worker: 1 });
    expect(onLastDay(now)).toMatchObject({ nurse: 0, caretaker: 1, social_worker: 2 });
    const month = await api.generated(admin, { month: thisMonth });
    // The month still runs: counted up to today, not into the days to come.
    expect(staffOf(month).lastDay).toBe(day);
    expect(onLastDay(staffOf(month))).toEqual({
      caretaker: 1,
      social_worker: 2,
      nurse: 0,
      admin: 1,
    });
    expect(staffOf(month).roles.find((r) => r.role === 'nurse')?.required).toBe(1);
  });

  it('prints the table with every role, in the words of the period kind', async () => {
    const text = await pdfText((await api.pdf(admin, before.id)).body as Buffer);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Nhân sự theo vị trí so với định mức (TT 33/2017)');
    for (const label of [
      'Nhân viên chăm sóc',
      'Nhân viên công tác xã hội',
      'Nhân viên y tế',
      'Quản lý, hành chính',
      'Số người cuối tháng',
      'Bình quân trong tháng',
    ]) {
      expect(flat).toContain(label);
    }
    const year = String(Number(thisMonth.slice(0, 4)) - 1);
    const annual = await api.periodic(admin, { period: year });
    expect(annual.status).toBe(201);
    const annualText = (
      await pdfText((await api.pdf(admin, (annual.body as ReportBody).id)).body as Buffer)
    ).replace(/\s+/g, ' ');
    expect(annualText).toContain('Nhân sự theo vị trí so với định mức (TT 33/2017)');
    expect(annualText).toContain('Số người cuối năm');
    expect(annualText).toContain('Bình quân trong năm');
  });

  it('still renders a report stored before the staff history, without the section', async () => {
    const old = await api.generated(admin, { month: lastMonth, reason: 'Bản cũ' });
    await t.dataSource.query(`UPDATE report SET data = data - 'staffByRole' WHERE id = $1`, [
      old.id,
    ]);
    const done = await api.finalise(admin, old.id);
    expect(done.status).toBe(200);
    const text = (await pdfText((await api.pdf(admin, old.id)).body as Buffer)).replace(
      /\s+/g,
      ' ',
    );
    expect(text).not.toContain('Nhân sự theo vị trí');
    expect(text).toContain('Nhân viên chăm sóc theo định mức');
  });
});
