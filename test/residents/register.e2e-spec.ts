import { addDays, ageOn } from '../../src/calendar/dates';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import {
  errorOf,
  regularBody,
  residentsApi,
  today,
  tomorrow,
  voluntaryBody,
  yearsAgo,
} from './resident-fixtures';

interface Summary {
  id: string;
  code: string;
  fullName: string;
  status: string;
  categories: string[];
  age: number | null;
  room: { id: string; code: string } | null;
}

interface Admitted {
  id: string;
  code: string;
  version: number;
}

describe('the register: GET/PATCH /residents, status changes', () => {
  let t: TestApp;
  let api: ReturnType<typeof residentsApi>;
  let admin: string;
  let social: string;
  let nurse: string;
  let carer: string;
  let officer: string;
  let admin2: string;
  let rooms: Map<string, { id: string }>;
  const roomId = (code: string): string => {
    const room = rooms.get(code);
    if (!room) throw new Error(`no room ${code}`);
    return room.id;
  };

  // The register the list tests read.
  let an: Admitted; // Nguyễn Văn An, 10 today, A201
  let anh: Admitted; // Đặng Thị Ánh, 11 today, A202
  let almost11: Admitted; // turns 11 tomorrow, A201
  let dung: Admitted; // Hoàng Thị Dung, 82, B102, k1_elderly_alone
  let byYear: Admitted; // only a birth year, 70 years back, voluntary
  let away: Admitted; // on leave
  let gone: Admitted; // transferred

  const ids = (res: { body: { items: Summary[] } }) => res.body.items.map((r) => r.id);

  beforeAll(async () => {
    t = await startTestApp();
    api = residentsApi(t);
    [admin, social, nurse, carer, officer, admin2] = await Promise.all(
      (['admin', 'social', 'nurse', 'carer', 'officer', 'admin2'] as const).map((u) => t.token(u)),
    );
    rooms = await api.rooms(admin);
    an = await api.admitted(
      social,
      regularBody({ fullName: 'Nguyễn Văn An', dateOfBirth: yearsAgo(10), roomId: roomId('A201') }),
    );
    anh = await api.admitted(
      social,
      regularBody({
        fullName: 'Đặng Thị Ánh',
        sex: 'female',
        dateOfBirth: yearsAgo(11),
        categories: ['k1_child_abandoned'],
        roomId: roomId('A202'),
      }),
    );
    almost11 = await api.admitted(
      admin,
      regularBody({ dateOfBirth: addDays(yearsAgo(11), 1), roomId: roomId('A201') }),
    );
    dung = await api.admitted(
      admin,
      regularBody({
        fullName: 'Hoàng Thị Dung',
        sex: 'female',
        dateOfBirth: yearsAgo(82),
        categories: ['k1_elderly_alone'],
        roomId: roomId('B102'),
      }),
    );
    byYear = await api.admitted(
      admin,
      voluntaryBody({
        dateOfBirth: undefined,
        birthYear: Number(today().slice(0, 4)) - 70,
        birthDateEstimated: true,
      }),
    );
    away = await api.admitted(admin, regularBody({ roomId: roomId('A201') }));
    gone = await api.admitted(admin, regularBody({ roomId: roomId('A201') }));
    for (const [r, body] of [
      [away, { to: 'on_leave', effectiveDate: today(), expectedReturn: addDays(today(), 7) }],
      [gone, { to: 'transferred', effectiveDate: today(), destination: 'Làng trẻ SOS Thái Bình' }],
    ] as const) {
      const res = await api.changeStatus(admin, r.id, body);
      if (res.status !== 200) throw new Error(`status change answered ${res.status}: ${res.text}`);
    }
  });
  afterAll(() => t.close());

  describe('GET /residents filters', () => {
    it('lists the whole register to every staff role, without sensitive facts', async () => {
      for (const token of [admin, social, nurse, carer]) {
        const res = await api.list(token, { limit: 200 });
        expect(res.status).toBe(200);
        expect(ids(res)).toEqual(
          expect.arrayContaining([
            an.id,
            anh.id,
            almost11.id,
            dung.id,
            byYear.id,
            away.id,
            gone.id,
          ]),
        );
        expect(res.body.nextCursor).toBeNull();
        for (const item of res.body.items as Record<string, unknown>[]) {
          expect(item).not.toHaveProperty('sensitive');
          expect(item).not.toHaveProperty('personalId');
        }
      }
    });

    it('filters by status', async () => {
      const leave = await api.list(carer, { status: 'on_leave' });
      expect(ids(leave)).toEqual([away.id]);
      const transferred = await api.list(carer, { status: 'transferred' });
      expect(ids(transferred)).toEqual([gone.id]);
      const active = await api.list(carer, { status: 'active', limit: 200 });
      expect(ids(active)).toEqual(expect.arrayContaining([an.id, dung.id]));
      expect(ids(active)).not.toContain(away.id);
      expect(ids(active)).not.toContain(gone.id);
      expectProblem(await api.list(carer, { status: 'gone' }), 400);
    });

    it('filters by category', async () => {
      const elderly = await api.list(nurse, { category: 'k1_elderly_alone' });
      expect(ids(elderly)).toEqual([dung.id]);
      const voluntary = await api.list(nurse, { category: 'k5_voluntary' });
      expect(ids(voluntary)).toEqual([byYear.id]);
      expectProblem(await api.list(nurse, { category: 'k9_other' }), 400);
    });

    it('filters by room; a transferred resident has left the room', async () => {
      const a201 = await api.list(carer, { room: roomId('A201') });
      expect(ids(a201).sort()).toEqual([an.id, almost11.id, away.id].sort());
      for (const r of a201.body.items as Summary[]) expect(r.room?.code).toBe('A201');
      const other = (await api.rooms(admin2)).get('A201');
      expect((await api.list(carer, { room: other?.id ?? '' })).body.items).toEqual([]);
      expectProblem(await api.list(carer, { room: 'A201' }), 400);
    });

    it('filters by age band, with the birthday as the boundary', async () => {
      const sixToTen = await api.list(admin, { ageBand: '6-10', limit: 200 });
      expect(ids(sixToTen)).toContain(an.id);
      expect(ids(sixToTen)).toContain(almost11.id);
      expect(ids(sixToTen)).not.toContain(anh.id);
      for (const r of sixToTen.body.items as Summary[]) {
        expect(r.age).toBeGreaterThanOrEqual(6);
        expect(r.age).toBeLessThanOrEqual(10);
      }
      const elevenToFifteen = await api.list(admin, { ageBand: '11-15' });
      expect(ids(elevenToFifteen)).toEqual([anh.id]);
      expect((elevenToFifteen.body.items as Summary[])[0]?.age).toBe(11);
      expect(ids(await api.list(admin, { ageBand: '80+' }))).toEqual([dung.id]);
      expect(ids(await api.list(admin, { ageBand: '60-79' }))).toEqual([byYear.id]);
      expect((await api.list(admin, { ageBand: 'under4' })).body.items).toEqual([]);
      expectProblem(await api.list(admin, { ageBand: '5-9' }), 400);
    });

    it('q ignores diacritics and case, and finds codes', async () => {
      const byName = await api.list(carer, { q: 'nguyen van an' });
      expect(ids(byName)).toEqual([an.id]);
      expect((byName.body.items as Summary[])[0]?.fullName).toBe('Nguyễn Văn An');
      expect(ids(await api.list(carer, { q: 'dang' }))).toEqual([anh.id]);
      expect(ids(await api.list(carer, { q: 'ĐẶNG THỊ' }))).toEqual([anh.id]);
      expect(ids(await api.list(carer, { q: 'thi anh' }))).toEqual([anh.id]);
      expect(ids(await api.list(carer, { q: an.code.toLowerCase() }))).toEqual([an.id]);
      expect(ids(await api.list(carer, { q: an.code }))).toEqual([an.id]);
    });

    it('q treats % and _ as letters', async () => {
      expect((await api.list(carer, { q: '%' })).body.items).toEqual([]);
      expect((await api.list(carer, { q: '_' })).body.items).toEqual([]);
    });

    it('combines filters', async () => {
      const res = await api.list(carer, { room: roomId('A201'), status: 'active', q: 'nguyen' });
      expect(ids(res)).toEqual([an.id]);
      expect((await api.list(carer, { room: roomId('A202'), q: 'nguyen' })).body.items).toEqual([]);
    });
  });

  describe('cursor pagination', () => {
    it('walks the register in pages, in the order of given names, without gaps or repeats', async () => {
      const names = ['Phạm Thị Dung', 'Lê Văn Cường', 'Trần Thị Bích', 'Vũ Ánh', 'Mai Văn An'];
      const made: string[] = [];
      for (const fullName of names) {
        const r = await api.admitted(
          admin,
          regularBody({ fullName, categories: ['k3_administrative'] }),
        );
        made.push(r.id);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: Record<string, string | number> = { category: 'k3_administrative', limit: 2 };
        if (cursor) query.cursor = cursor;
        const res = await api.list(nurse, query);
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...(res.body.items as Summary[]).map((r) => r.fullName));
        cursor = res.body.nextCursor as string | null;
        pages++;
      } while (cursor && pages < 10);
      expect(pages).toBe(3);
      // Vietnamese registers sort by the given name (the last word).
      expect(seen).toEqual([
        'Mai Văn An',
        'Vũ Ánh',
        'Trần Thị Bích',
        'Lê Văn Cường',
        'Phạm Thị Dung',
      ]);
    });

    it('keeps the order stable for residents with the same name', async () => {
      const twins: string[] = [];
      for (const dateOfBirth of ['2015-01-01', '2018-01-01', '2021-01-01']) {
        const r = await api.admitted(
          admin,
          regularBody({
            fullName: 'Lý Thị Sen',
            dateOfBirth,
            categories: ['k1_disabled_severe'],
            confirmNotDuplicate: true,
          }),
        );
        twins.push(r.id);
      }
      const whole = await api.list(admin, { category: 'k1_disabled_severe' });
      const first = await api.list(admin, { category: 'k1_disabled_severe', limit: 1 });
      const rest = await api.list(admin, {
        category: 'k1_disabled_severe',
        limit: 5,
        cursor: first.body.nextCursor as string,
      });
      expect([...ids(first), ...ids(rest)]).toEqual(ids(whole));
      expect(ids(whole).sort()).toEqual(twins.sort());
      expect(rest.body.nextCursor).toBeNull();
    });

    it('refuses a forged cursor and a limit over 200', async () => {
      const forged = await api.list(admin, { cursor: 'not-a-cursor' });
      expectProblem(forged, 400);
      expect(errorOf(forged, 'cursor')).toBeDefined();
      expectProblem(await api.list(admin, { limit: 201 }), 400);
      expectProblem(await api.list(admin, { limit: 0 }), 400);
    });
  });

  describe('GET /residents/:id and sensitive facts', () => {
    let hiv: Admitted;
    const readAudits = async (residentId: string) =>
      await t.dataSource.query<{ user_id: string }[]>(
        `SELECT user_id FROM audit_log WHERE action = 'read' AND entity = 'resident_sensitive' AND entity_id = $1 ORDER BY id`,
        [residentId],
      );
    const userId = async (username: string) =>
      (
        await t.dataSource.query<{ id: string }[]>(`SELECT id FROM app_user WHERE username = $1`, [
          username,
        ])
      )[0]?.id;

    beforeAll(async () => {
      hiv = await api.admitted(
        social,
        regularBody({
          categories: ['k1_child_hiv'],
          sensitive: {
            hivStatus: 'positive',
            hivConfirmedOn: yearsAgo(2),
            abuseHistory: 'Bị bạo hành trước khi tiếp nhận',
          },
          careInstructions: 'Uống thuốc đúng giờ, 8h và 20h',
        }),
      );
    });

    it.each(['admin', 'nurse', 'social'] as const)(
      '%s reads the sensitive facts, and the read is audited',
      async (user) => {
        const before = (await readAudits(hiv.id)).length;
        const res = await api.get(await t.token(user), hiv.id);
        expect(res.status).toBe(200);
        expect(res.body.sensitive).toEqual({
          hivStatus: 'positive',
          hivConfirmedOn: yearsAgo(2),
          abuseHistory: 'Bị bạo hành trước khi tiếp nhận',
          traffickingHistory: null,
          psychiatricDiagnosis: null,
        });
        const after = await readAudits(hiv.id);
        expect(after).toHaveLength(before + 1);
        expect(after[after.length - 1]?.user_id).toBe(await userId(user));
      },
    );

    it('a caretaker gets the record without the sensitive key, and no read is audited', async () => {
      const before = await count(t.dataSource, 'audit_log');
      const res = await api.get(carer, hiv.id);
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(hiv.id);
      expect(res.body.careInstructions).toBe('Uống thuốc đúng giờ, 8h và 20h');
      expect(Object.keys(res.body)).not.toContain('sensitive');
      expect(res.text).not.toMatch(/hivStatus|positive|bạo hành/);
      expect(await count(t.dataSource, 'audit_log')).toBe(before);
    });

    it('answers an ETag with the version', async () => {
      const res = await api.get(carer, hiv.id);
      expect(res.headers.etag).toBe(`"${res.body.version}"`);
    });

    it('the list never carries sensitive facts, even for a nurse', async () => {
      const before = (await readAudits(hiv.id)).length;
      const res = await api.list(nurse, { category: 'k1_child_hiv' });
      expect(ids(res)).toEqual([hiv.id]);
      expect(res.text).not.toMatch(/hivStatus|positive/);
      expect(await readAudits(hiv.id)).toHaveLength(before);
    });

    it('a caretaker may not write sensitive facts nor care instructions (403); a nurse may correct them', async () => {
      const current = await api.get(admin, hiv.id);
      const version = current.body.version as number;
      const forbidden = await api.patch(
        carer,
        hiv.id,
        { sensitive: { hivStatus: 'negative' } },
        `"${version}"`,
      );
      expectProblem(forbidden, 403);
      const rows = await t.dataSource.query(
        `SELECT hiv_status FROM resident_sensitive WHERE resident_id = $1`,
        [hiv.id],
      );
      expect(rows).toEqual([{ hiv_status: 'positive' }]);
      // Care instructions belong to the nurse (src/auth/field-rights.ts).
      expectProblem(
        await api.patch(
          carer,
          hiv.id,
          { careInstructions: 'Uống thuốc 8h, 20h; ăn mềm' },
          `"${version}"`,
        ),
        403,
      );
      const ok = await api.patch(
        nurse,
        hiv.id,
        { careInstructions: 'Uống thuốc 8h, 20h; ăn mềm' },
        `"${version}"`,
      );
      expect(ok.status).toBe(200);
      expect(ok.body.careInstructions).toBe('Uống thuốc 8h, 20h; ăn mềm');
      const seen = await api.get(carer, hiv.id);
      expect(seen.body.careInstructions).toBe('Uống thuốc 8h, 20h; ăn mềm');
      expect(seen.body).not.toHaveProperty('sensitive');
    });

    it('a nurse updates sensitive facts; the audit names the fields without their values', async () => {
      const current = await api.get(nurse, hiv.id);
      const res = await api.patch(
        nurse,
        hiv.id,
        { sensitive: { psychiatricDiagnosis: 'Rối loạn lo âu' } },
        `"${current.body.version}"`,
      );
      expect(res.status).toBe(200);
      expect(res.body.sensitive.psychiatricDiagnosis).toBe('Rối loạn lo âu');
      const audit = await t.dataSource.query<{ changes: Record<string, unknown> }[]>(
        `SELECT changes FROM audit_log WHERE action = 'update' AND entity = 'resident_sensitive' AND entity_id = $1`,
        [hiv.id],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0]?.changes).toEqual({
        psychiatricDiagnosis: { before: '[redacted]', after: '[redacted]' },
      });
    });

    it('the answer to a write that carries the sensitive facts is an audited read too', async () => {
      const current = await api.get(nurse, hiv.id);
      const before = (await readAudits(hiv.id)).length;
      const res = await api.patch(
        nurse,
        hiv.id,
        { careInstructions: 'Uống thuốc lúc 8h và 20h, sau ăn' },
        `"${current.body.version}"`,
      );
      expect(res.status).toBe(200);
      expect(res.body.sensitive.hivStatus).toBe('positive');
      const after = await readAudits(hiv.id);
      expect(after).toHaveLength(before + 1);
      expect(after[after.length - 1]?.user_id).toBe(await userId('nurse'));
    });

    it('a change of the sensitive facts makes an older If-Match stale', async () => {
      // The protection history is the social worker's and the director's (field rights).
      const current = await api.get(social, hiv.id);
      const version = `"${current.body.version}"`;
      const first = await api.patch(
        social,
        hiv.id,
        { sensitive: { traffickingHistory: 'Không' } },
        version,
      );
      expect(first.status).toBe(200);
      expect(first.headers.etag).not.toBe(version);
      // A second writer who read the same version must not overwrite unseen.
      expectProblem(
        await api.patch(admin, hiv.id, { sensitive: { traffickingHistory: 'Có' } }, version),
        412,
      );
      const rows = await t.dataSource.query(
        `SELECT trafficking_history FROM resident_sensitive WHERE resident_id = $1`,
        [hiv.id],
      );
      expect(rows).toEqual([{ trafficking_history: 'Không' }]);
    });
  });

  describe('PATCH /residents/:id', () => {
    let r: Admitted;
    beforeAll(async () => {
      r = await api.admitted(
        admin,
        regularBody({
          fullName: 'Tô Văn Hiếu',
          dateOfBirth: '2016-04-04',
          admittedOn: '2024-09-01',
        }),
      );
    });
    const version = async () => (await api.get(admin, r.id)).body.version as number;

    it('needs If-Match: 428 without it, 412 when stale, 200 and a new version when current', async () => {
      const v = await version();
      expectProblem(await api.patch(admin, r.id, { preferredName: 'Hiếu' }), 428);
      expectProblem(await api.patch(admin, r.id, { preferredName: 'Hiếu' }, `"${v + 1}"`), 412);
      expectProblem(await api.patch(admin, r.id, { preferredName: 'Hiếu' }, `"${v - 1}"`), 412);
      expect((await api.get(admin, r.id)).body.preferredName).toBeNull();
      const ok = await api.patch(admin, r.id, { preferredName: 'Hiếu' }, `"${v}"`);
      expect(ok.status).toBe(200);
      expect(ok.body.preferredName).toBe('Hiếu');
      expect(ok.body.version).toBe(v + 1);
      expect(ok.headers.etag).toBe(`"${v + 1}"`);
      expectProblem(await api.patch(admin, r.id, { preferredName: 'Hiu' }, `"${v}"`), 412);
    });

    it('renaming updates the search', async () => {
      const ok = await api.patch(
        admin,
        r.id,
        { fullName: 'Tô Văn Hiếu Đạt' },
        `"${await version()}"`,
      );
      expect(ok.status).toBe(200);
      expect(ids(await api.list(carer, { q: 'hieu dat' }))).toEqual([r.id]);
    });

    it('applies the admission rules to the corrected record', async () => {
      const v = `"${await version()}"`;
      const before = await api.get(admin, r.id);
      const cases: [Record<string, unknown>, string][] = [
        [{ fullName: '  ' }, 'fullName'],
        [{ fullName: null }, 'fullName'],
        [{ fullName: 'x'.repeat(201) }, 'fullName'],
        [{ dateOfBirth: tomorrow() }, 'dateOfBirth'],
        [{ personalId: '033190123456' }, 'personalId'], // a woman born 1990
        [{ ethnicityCode: '56' }, 'ethnicityCode'],
        [{ categories: ['k9_other'] }, 'categories'],
        [{ categories: ['k2_emergency'] }, 'emergencyKind'],
        [{ status: 'discharged' }, 'status'],
      ];
      for (const [body, field] of cases) {
        const res = await api.patch(admin, r.id, body, v);
        expectProblem(res, 400);
        expect(errorOf(res, field)).toBeDefined();
      }
      const after = await api.get(admin, r.id);
      expect(after.body).toEqual(before.body);
    });

    it("refuses another person's CCCD with 409 naming the holder; a free one is taken", async () => {
      const holder = await api.admitted(
        admin,
        regularBody({ dateOfBirth: '2016-05-05', sex: 'male', personalId: '001216000777' }),
      );
      const other = await api.admitted(
        admin,
        regularBody({ dateOfBirth: '2016-06-06', sex: 'male' }),
      );
      const v = other.version;
      const clash = await api.patch(admin, other.id, { personalId: '001216000777' }, `"${v}"`);
      expectProblem(clash, 409);
      expect(clash.body.duplicates).toEqual([
        expect.objectContaining({ id: holder.id, reason: 'personal_id' }),
      ]);
      expect((await api.get(admin, other.id)).body).toMatchObject({ version: v, personalId: null });
      const ok = await api.patch(admin, other.id, { personalId: '001216000778' }, `"${v}"`);
      expect(ok.status).toBe(200);
      expect(ok.body.personalId).toBe('001216000778');
    });

    it('refuses a birth date after the admission', async () => {
      // Admitted 2024-09-01: a birth in 2025 is not in the future, but after the admission.
      const res = await api.patch(
        admin,
        r.id,
        { dateOfBirth: '2025-01-01' },
        `"${await version()}"`,
      );
      expectProblem(res, 400);
      expect(errorOf(res, 'admittedOn')?.code).toBe('beforeBirth');
      // The birth year alone is checked the same way.
      const year = await api.patch(
        admin,
        r.id,
        { dateOfBirth: null, birthYear: 2025 },
        `"${await version()}"`,
      );
      expectProblem(year, 400);
      expect(errorOf(year, 'admittedOn')?.code).toBe('beforeBirth');
      expect((await api.get(admin, r.id)).body.dateOfBirth).toBe('2016-04-04');
      // On the admission day itself is fine (a newborn).
      const sameDay = await api.patch(
        admin,
        r.id,
        { dateOfBirth: '2024-09-01' },
        `"${await version()}"`,
      );
      expect(sameDay.status).toBe(200);
      expect(sameDay.body.age).toBe(ageOn('2024-09-01', today()));
    });

    it('moves a resident between rooms within the limits of beds and area', async () => {
      const d101 = roomId('D101');
      for (let i = 0; i < 3; i++) await api.admitted(admin, regularBody({ roomId: d101 }));
      expectProblem(await api.patch(admin, r.id, { roomId: d101 }, `"${await version()}"`), 409);
      const b = (await api.rooms(admin2)).get('A102');
      const other = await api.patch(admin, r.id, { roomId: b?.id }, `"${await version()}"`);
      expectProblem(other, 400);
      expect(errorOf(other, 'roomId')).toBeDefined();
      const moved = await api.patch(
        admin,
        r.id,
        { roomId: roomId('B101'), bed: '4' },
        `"${await version()}"`,
      );
      expect(moved.status).toBe(200);
      expect(moved.body.room.code).toBe('B101');
      expect((await api.room(admin, 'B101')).occupied).toBe(1);
    });

    it('a resident may change bed within a full room, but not need more area than the room has', async () => {
      const created = await t
        .http()
        .post('/api/v1/facilities/current/rooms')
        .set('Authorization', `Bearer ${admin}`)
        .send({ code: 'P12', name: 'Phòng hai giường', areaM2: 12, beds: 2 });
      expect(created.status).toBe(201);
      const p12 = created.body.id as string;
      const one = await api.admitted(admin, regularBody({ roomId: p12, bed: '1' }));
      await api.admitted(admin, regularBody({ roomId: p12, bed: '2' }));
      expect(await api.room(admin, 'P12')).toMatchObject({ occupied: 2, freeBeds: 0 });
      // The resident's own place does not count against the move.
      const swapped = await api.patch(admin, one.id, { bed: '3' }, `"${one.version}"`);
      expect(swapped.status).toBe(200);
      expect(swapped.body.bed).toBe('3');
      expectProblem(await api.patch(admin, one.id, { bed: '2' }, `"${swapped.body.version}"`), 409);
      // 6 + 8 > 12 m².
      const care = await api.patch(
        admin,
        one.id,
        { needs24hCare: true },
        `"${swapped.body.version}"`,
      );
      expectProblem(care, 409);
      const after = await api.get(admin, one.id);
      expect(after.body).toMatchObject({
        needs24hCare: false,
        bed: '3',
        version: swapped.body.version,
      });
    });

    it('nurse and social worker may correct the record; the officer may not touch it', async () => {
      expect(
        (await api.patch(nurse, r.id, { careNeeds: 'Theo dõi hen suyễn' }, `"${await version()}"`))
          .status,
      ).toBe(200);
      expectProblem(
        await api.patch(officer, r.id, { careNeeds: 'x' }, `"${await version()}"`),
        403,
      );
    });
  });

  describe('status changes', () => {
    let r: Admitted;
    beforeAll(async () => {
      r = await api.admitted(
        social,
        regularBody({ fullName: 'Cao Thị Mận', sex: 'female', roomId: roomId('C102') }),
      );
    });
    const events = async () =>
      (
        await t.dataSource.query<{ kind: string }[]>(
          `SELECT kind FROM resident_event WHERE resident_id = $1 ORDER BY created_at, kind`,
          [r.id],
        )
      ).map((e) => e.kind);
    const status = async () => (await api.get(admin, r.id)).body.status as string;

    it('active → on_leave → active; a second leave while on leave is 409', async () => {
      const leave = await api.changeStatus(social, r.id, {
        to: 'on_leave',
        effectiveDate: today(),
        reason: 'Về thăm gia đình',
        expectedReturn: addDays(today(), 3),
      });
      expect(leave.status).toBe(200);
      expect(leave.body.status).toBe('on_leave');
      // On leave keeps the bed.
      expect(leave.body.room.code).toBe('C102');
      expect((await api.room(admin, 'C102')).occupied).toBe(1);

      const again = await api.changeStatus(social, r.id, {
        to: 'on_leave',
        effectiveDate: today(),
      });
      expectProblem(again, 409);
      expect(await status()).toBe('on_leave');

      const back = await api.changeStatus(social, r.id, { to: 'active', effectiveDate: today() });
      expect(back.status).toBe(200);
      expect(back.body.status).toBe('active');
      expectProblem(
        await api.changeStatus(social, r.id, { to: 'active', effectiveDate: today() }),
        409,
      );
      expect(await events()).toEqual(['admitted', 'leave_started', 'leave_ended']);
    });

    it('refuses bad dates: in the future, before the admission, a return before the leave', async () => {
      const future = await api.changeStatus(social, r.id, {
        to: 'on_leave',
        effectiveDate: tomorrow(),
      });
      expectProblem(future, 400);
      expect(errorOf(future, 'effectiveDate')?.code).toBe('futureDate');
      const early = await api.changeStatus(social, r.id, {
        to: 'on_leave',
        effectiveDate: addDays(today(), -1),
      });
      expectProblem(early, 400);
      expect(errorOf(early, 'effectiveDate')?.code).toBe('beforeAdmission');
      const backwards = await api.changeStatus(social, r.id, {
        to: 'on_leave',
        effectiveDate: today(),
        expectedReturn: addDays(today(), -1),
      });
      expectProblem(backwards, 400);
      expect(errorOf(backwards, 'expectedReturn')?.code).toBe('beforeStart');
      expectProblem(
        await api.changeStatus(social, r.id, { to: 'discharged', effectiveDate: today() }),
        400,
      );
      expect(await status()).toBe('active');
    });

    it('a transfer needs its destination, frees the room, and is final here', async () => {
      const occupied = (await api.room(admin, 'C102')).occupied;
      const noDestination = await api.changeStatus(admin, r.id, {
        to: 'transferred',
        effectiveDate: today(),
      });
      expectProblem(noDestination, 400);
      expect(errorOf(noDestination, 'destination')?.code).toBe('isDefined');
      expect(await status()).toBe('active');

      const moved = await api.changeStatus(admin, r.id, {
        to: 'transferred',
        effectiveDate: today(),
        destination: 'Trung tâm Công tác xã hội tỉnh Thái Bình',
      });
      expect(moved.status).toBe(200);
      expect(moved.body.status).toBe('transferred');
      expect(moved.body.room).toBeNull();
      expect(moved.body.bed).toBeNull();
      expect((await api.room(admin, 'C102')).occupied).toBe(occupied - 1);
      expect((await api.room(admin, 'C102')).freeBeds).toBe(7 - (occupied - 1));

      expectProblem(
        await api.changeStatus(admin, r.id, { to: 'active', effectiveDate: today() }),
        409,
      );
      expectProblem(
        await api.changeStatus(admin, r.id, { to: 'on_leave', effectiveDate: today() }),
        409,
      );
      expectProblem(
        await api.changeStatus(admin, r.id, {
          to: 'transferred',
          effectiveDate: today(),
          destination: 'X',
        }),
        409,
      );
      expect(await status()).toBe('transferred');
      const transfer = await t.dataSource.query<{ details: Record<string, unknown> }[]>(
        `SELECT details FROM resident_event WHERE resident_id = $1 AND kind = 'transferred'`,
        [r.id],
      );
      expect(transfer).toHaveLength(1);
      expect(transfer[0]?.details).toMatchObject({
        destination: 'Trung tâm Công tác xã hội tỉnh Thái Bình',
        roomId: roomId('C102'),
      });
    });

    it.each(['nurse', 'carer', 'officer'] as const)(
      '%s may not change a status (403)',
      async (user) => {
        const someone = await api.admitted(admin, regularBody());
        const res = await api.changeStatus(await t.token(user), someone.id, {
          to: 'on_leave',
          effectiveDate: today(),
        });
        expectProblem(res, 403);
        expect((await api.get(admin, someone.id)).body.status).toBe('active');
      },
    );
  });

  describe('facility scoping and roles', () => {
    let inB: Admitted;
    beforeAll(async () => {
      inB = await api.admitted(admin2, regularBody({ fullName: 'Ngô Văn Bắc' }));
    });

    it("another facility's resident is 404 on every route", async () => {
      expectProblem(await api.get(admin, inB.id), 404);
      expectProblem(await api.get(nurse, inB.id), 404);
      expectProblem(
        await api.patch(admin, inB.id, { preferredName: 'X' }, `"${inB.version}"`),
        404,
      );
      expectProblem(
        await api.changeStatus(admin, inB.id, { to: 'on_leave', effectiveDate: today() }),
        404,
      );
      expectProblem(
        await t
          .http()
          .get(`/api/v1/residents/${inB.id}/duplicates`)
          .set('Authorization', `Bearer ${admin}`),
        404,
      );
      expect(ids(await api.list(admin, { q: 'ngo van bac' }))).toEqual([]);
      // Nothing changed for facility B.
      const own = await api.get(admin2, inB.id);
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({
        status: 'active',
        preferredName: null,
        version: inB.version,
      });
      expect(ids(await api.list(admin2, { limit: 200 }))).toEqual([inB.id]);
    });

    it('an id that is not a UUID is 400 naming it; an unknown one is 404', async () => {
      const malformed = await api.get(admin, 'not-a-uuid');
      expectProblem(malformed, 400);
      expect(errorOf(malformed, 'id')?.code).toBe('isUuid');
      expectProblem(await api.get(admin, '00000000-0000-4000-8000-000000000000'), 404);
    });

    it('the officer is refused (403) on every residents route', async () => {
      const calls = [
        api.list(officer),
        api.get(officer, an.id),
        api.patch(officer, an.id, { preferredName: 'X' }, `"${an.version}"`),
        api.admit(officer, regularBody()),
        api.changeStatus(officer, an.id, { to: 'on_leave', effectiveDate: today() }),
        t
          .http()
          .get(`/api/v1/residents/${an.id}/duplicates`)
          .set('Authorization', `Bearer ${officer}`),
        t
          .http()
          .post('/api/v1/residents/check-duplicates')
          .set('Authorization', `Bearer ${officer}`)
          .send({ fullName: 'Nguyễn Văn An' }),
      ];
      for (const res of await Promise.all(calls)) {
        expectProblem(res, 403);
        expect(res.text).not.toMatch(/Nguyễn Văn An/);
      }
      expect((await api.get(admin, an.id)).body).toMatchObject({
        status: 'active',
        preferredName: null,
      });
    });

    it('duplicate look-ups are for admin and social worker only', async () => {
      for (const token of [nurse, carer]) {
        expectProblem(
          await t
            .http()
            .get(`/api/v1/residents/${an.id}/duplicates`)
            .set('Authorization', `Bearer ${token}`),
          403,
        );
      }
    });
  });
});
