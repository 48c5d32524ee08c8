import { randomBytes } from 'node:crypto';
import { count, DemoUser, expectProblem, startTestApp, TestApp } from '../support/test-app';
import { as, fieldCodes } from '../users/user-fixtures';

const ABSENT_ID = '00000000-0000-4000-8000-000000000000';
const STAFF: DemoUser[] = ['admin', 'social', 'nurse', 'carer'];
const NOT_ADMIN: DemoUser[] = ['social', 'nurse', 'carer', 'officer'];

const ROOM_VIEW_KEYS = [
  'active',
  'areaM2',
  'areaPerBedM2',
  'beds',
  'building',
  'careLevel',
  'code',
  'freeBeds',
  'id',
  'meetsAreaStandard',
  'name',
  'note',
  'occupied',
  'version',
];

interface RoomBody {
  id: string;
  code: string;
  name: string;
  areaM2: number;
  beds: number;
  version: number;
  meetsAreaStandard: boolean;
  areaPerBedM2: number | null;
}

interface FacilityRow {
  name: string;
  capacity: number;
  timezone: string;
  report_recipient: string;
  version: number;
}

interface RoomRow {
  id: string;
  facility_id: string;
  code: string;
  name: string;
  area_m2: string;
  beds: number;
  active: boolean;
  version: number;
}

const roomCode = () => `R${randomBytes(4).toString('hex')}`;

describe('facilities and rooms', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.token('admin');
  });
  afterAll(() => t.close());

  async function facilityRow(id: string): Promise<FacilityRow> {
    const rows: FacilityRow[] = await t.dataSource.query(
      'SELECT name, capacity, timezone, report_recipient, version FROM facility WHERE id = $1',
      [id],
    );
    const row = rows[0];
    if (!row) throw new Error(`no facility ${id}`);
    return row;
  }

  async function roomRow(id: string): Promise<RoomRow> {
    const rows: RoomRow[] = await t.dataSource.query(
      'SELECT id, facility_id, code, name, area_m2, beds, active, version FROM room WHERE id = $1',
      [id],
    );
    const row = rows[0];
    if (!row) throw new Error(`no room ${id}`);
    return row;
  }

  async function roomsOf(facilityId: string): Promise<RoomRow[]> {
    return t.dataSource.query(
      'SELECT id, facility_id, code, name, area_m2, beds, active, version FROM room WHERE facility_id = $1 ORDER BY code',
      [facilityId],
    );
  }

  async function createRoom(token: string, over: Record<string, unknown> = {}): Promise<RoomBody> {
    const res = await as(t, token).post('/facilities/current/rooms', {
      code: roomCode(),
      name: 'Phòng thử',
      areaM2: 36,
      beds: 4,
      ...over,
    });
    if (res.status !== 201) throw new Error(`POST rooms answered ${res.status}: ${res.text}`);
    return res.body as RoomBody;
  }

  describe('GET /facilities/current', () => {
    it.each(STAFF)('answers %s with the own facility and its ETag', async (who) => {
      const res = await as(t, await t.token(who)).get('/facilities/current');
      expect(res.status).toBe(200);
      expect(res.body).toEqual(
        expect.objectContaining({
          id: t.facilityA.id,
          code: t.facilityA.code,
          name: expect.any(String),
          capacity: expect.any(Number),
          timezone: expect.any(String),
          version: expect.any(Number),
        }),
      );
      expect(res.headers.etag).toBe(`"${res.body.version}"`);
    });

    it("answers facility B's admin with facility B", async () => {
      const res = await as(t, await t.token('admin2')).get('/facilities/current');
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(t.facilityB.id);
      expect(res.body.code).toBe(t.facilityB.code);
    });

    it('refuses the officer (no facility) with 403', async () => {
      expectProblem(await as(t, await t.token('officer')).get('/facilities/current'), 403);
    });

    it('refuses a request without a token with 401', async () => {
      expectProblem(await t.http().get('/api/v1/facilities/current'), 401);
    });
  });

  describe('PATCH /facilities/current', () => {
    const current = async () => facilityRow(t.facilityA.id);

    it('lets the admin change the profile with If-Match: version+1 and its ETag', async () => {
      const before = await current();
      const res = await as(t, admin).patch(
        '/facilities/current',
        { reportRecipient: 'Sở Y tế tỉnh Hưng Yên (thử)', directorName: 'Nguyễn Văn Tâm' },
        before.version,
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual(
        expect.objectContaining({
          id: t.facilityA.id,
          reportRecipient: 'Sở Y tế tỉnh Hưng Yên (thử)',
          directorName: 'Nguyễn Văn Tâm',
          name: before.name,
          capacity: before.capacity,
          version: before.version + 1,
        }),
      );
      expect(res.headers.etag).toBe(`"${before.version + 1}"`);
      const after = await current();
      expect(after.report_recipient).toBe('Sở Y tế tỉnh Hưng Yên (thử)');
      expect(after.version).toBe(before.version + 1);
      const read = await as(t, admin).get('/facilities/current');
      expect(read.headers.etag).toBe(`"${before.version + 1}"`);
    });

    it('accepts a valid time zone and a capacity at the bounds', async () => {
      const before = await current();
      const res = await as(t, admin).patch(
        '/facilities/current',
        { timezone: 'Asia/Bangkok', capacity: 5000 },
        before.version,
      );
      expect(res.status).toBe(200);
      const back = await as(t, admin).patch(
        '/facilities/current',
        { timezone: 'Asia/Ho_Chi_Minh', capacity: before.capacity },
        before.version + 1,
      );
      expect(back.status).toBe(200);
      expect(await current()).toEqual({ ...before, version: before.version + 2 });
    });

    it.each(NOT_ADMIN)('refuses %s with 403 and changes nothing', async (who) => {
      const before = await current();
      const res = await as(t, await t.token(who)).patch(
        '/facilities/current',
        { name: 'Đổi tên trái phép' },
        before.version,
      );
      expectProblem(res, 403);
      expect(await current()).toEqual(before);
    });

    it.each([
      [{ capacity: 0 }, [['capacity', 'min']]],
      [{ capacity: 5001 }, [['capacity', 'max']]],
      [{ capacity: '80' }, [['capacity', 'isInt']]],
      [{ timezone: 'Mars/Base' }, [['timezone', 'isTimeZone']]],
      [{ name: 'T'.repeat(201) }, [['name', 'maxLength']]],
      [{ name: null }, [['name', 'isString']]],
      [{ email: 'không-phải-email' }, [['email', 'isEmail']]],
      [{ phone: '+84 221 386 234 56789' }, [['phone', 'maxLength']]],
      [{ code: 'NEW-CODE' }, [['code', 'unknownField']]],
      [{ provinceCode: '01' }, [['provinceCode', 'unknownField']]],
      [
        { capacity: 0, timezone: 'Mars/Base', name: 'T'.repeat(201) },
        [
          ['capacity', 'min'],
          ['name', 'maxLength'],
          ['timezone', 'isTimeZone'],
        ],
      ],
    ])('refuses %j with 400 naming the fields and changes nothing', async (body, errors) => {
      const before = await current();
      const res = await as(t, admin).patch('/facilities/current', body, before.version);
      expectProblem(res, 400);
      expect(fieldCodes(res)).toEqual(errors);
      expect(await current()).toEqual(before);
    });

    it('accepts a name of exactly 200 characters', async () => {
      const before = await current();
      const name = 'T'.repeat(200);
      const res = await as(t, admin).patch('/facilities/current', { name }, before.version);
      expect(res.status).toBe(200);
      const back = await as(t, admin).patch(
        '/facilities/current',
        { name: before.name },
        before.version + 1,
      );
      expect(back.status).toBe(200);
      expect((await current()).name).toBe(before.name);
    });

    it('answers 428 without If-Match and changes nothing', async () => {
      const before = await current();
      const res = await as(t, admin).patch('/facilities/current', { name: 'Không If-Match' });
      expectProblem(res, 428);
      expect(await current()).toEqual(before);
    });

    it('answers 412 for a stale version and changes nothing', async () => {
      const before = await current();
      const res = await as(t, admin).patch(
        '/facilities/current',
        { name: 'Phiên bản cũ' },
        before.version - 1,
      );
      expectProblem(res, 412);
      expect(await current()).toEqual(before);
    });

    it("changes only the admin's own facility", async () => {
      const a = await current();
      const b = await facilityRow(t.facilityB.id);
      const res = await as(t, await t.token('admin2')).patch(
        '/facilities/current',
        { directorName: 'Lê Văn Phúc (B)' },
        b.version,
      );
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(t.facilityB.id);
      expect(await current()).toEqual(a);
    });
  });

  describe('GET /facilities/current/rooms', () => {
    it.each(STAFF)('answers %s with every room of the own facility', async (who) => {
      const res = await as(t, await t.token(who)).get('/facilities/current/rooms');
      expect(res.status).toBe(200);
      const rooms = res.body as RoomBody[];
      const expected = await roomsOf(t.facilityA.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(rooms.map((r) => r.id)).toEqual(expected.map((r) => r.id));
      for (const room of rooms) expect(Object.keys(room).sort()).toEqual(ROOM_VIEW_KEYS);
    });

    it("keeps facility B's rooms out and shows B's admin only B's", async () => {
      const bRooms = (await roomsOf(t.facilityB.id)).map((r) => r.id);
      expect(bRooms.length).toBeGreaterThan(0);
      const a = await as(t, admin).get('/facilities/current/rooms');
      expect((a.body as RoomBody[]).filter((r) => bRooms.includes(r.id))).toEqual([]);
      const b = await as(t, await t.token('admin2')).get('/facilities/current/rooms');
      expect((b.body as RoomBody[]).map((r) => r.id)).toEqual(bRooms);
    });

    it('refuses the officer with 403', async () => {
      expectProblem(await as(t, await t.token('officer')).get('/facilities/current/rooms'), 403);
    });
  });

  describe('POST /facilities/current/rooms', () => {
    it('creates a room (201) in the own facility with the area check', async () => {
      const before = await count(t.dataSource, 'room');
      const code = roomCode();
      const res = await as(t, admin).post('/facilities/current/rooms', {
        code,
        name: 'Phòng nhỏ',
        building: 'Nhà E',
        areaM2: 10,
        beds: 4,
      });
      expect(res.status).toBe(201);
      expect(Object.keys(res.body as object).sort()).toEqual(ROOM_VIEW_KEYS);
      expect(res.body).toEqual(
        expect.objectContaining({
          code,
          name: 'Phòng nhỏ',
          building: 'Nhà E',
          areaM2: 10,
          beds: 4,
          careLevel: 'standard',
          active: true,
          areaPerBedM2: 2.5,
          meetsAreaStandard: false,
          occupied: 0,
          freeBeds: 4,
          version: 1,
        }),
      );
      expect(res.headers.etag).toBe('"1"');
      expect(await count(t.dataSource, 'room')).toBe(before + 1);
      const row = await roomRow(res.body.id as string);
      expect(row.facility_id).toBe(t.facilityA.id);
      expect(Number(row.area_m2)).toBe(10);
    });

    it.each([
      [24, 4, 'standard', true],
      [23.99, 4, 'standard', false],
      [24, 4, 'intensive', false],
      [32, 4, 'intensive', true],
      [12, 0, 'standard', true],
    ])(
      'judges %d m² with %d beds (%s) as meetsAreaStandard=%s',
      async (areaM2, beds, careLevel, meets) => {
        const room = await createRoom(admin, { areaM2, beds, careLevel });
        expect(room.meetsAreaStandard).toBe(meets);
        expect(room.areaPerBedM2).toBe(beds === 0 ? null : Math.round((areaM2 / beds) * 100) / 100);
      },
    );

    it('refuses a code the facility already has with 409 and creates nothing', async () => {
      const room = await createRoom(admin);
      const before = await count(t.dataSource, 'room');
      for (const code of [room.code, 'A101']) {
        const res = await as(t, admin).post('/facilities/current/rooms', {
          code,
          name: 'Trùng mã',
          areaM2: 30,
          beds: 2,
        });
        expectProblem(res, 409);
      }
      expect(await count(t.dataSource, 'room')).toBe(before);
    });

    it('accepts a code that only another facility uses', async () => {
      const theirs = await createRoom(await t.token('admin2'));
      const mine = await createRoom(admin, { code: theirs.code });
      expect(mine.code).toBe(theirs.code);
      expect(mine.id).not.toBe(theirs.id);
    });

    it.each([
      [{ areaM2: -10 }, [['areaM2', 'min']]],
      [{ areaM2: 0 }, [['areaM2', 'min']]],
      [{ areaM2: 'big' }, [['areaM2', 'isNumber']]],
      [{ areaM2: 10.123 }, [['areaM2', 'isNumber']]],
      [{ beds: -1 }, [['beds', 'min']]],
      [{ beds: 2.5 }, [['beds', 'isInt']]],
      [{ careLevel: 'luxury' }, [['careLevel', 'isEnum']]],
      [{ code: 'P 101' }, [['code', 'matches']]],
      [{ facilityId: ABSENT_ID }, [['facilityId', 'unknownField']]],
    ])('refuses %j with 400 naming the field and creates nothing', async (over, errors) => {
      const before = await count(t.dataSource, 'room');
      const res = await as(t, admin).post('/facilities/current/rooms', {
        code: roomCode(),
        name: 'Phòng lỗi',
        areaM2: 30,
        beds: 2,
        ...over,
      });
      expectProblem(res, 400);
      expect(fieldCodes(res)).toEqual(errors);
      expect(await count(t.dataSource, 'room')).toBe(before);
    });

    it('names every missing field', async () => {
      const res = await as(t, admin).post('/facilities/current/rooms', {});
      expectProblem(res, 400);
      expect(fieldCodes(res)).toEqual([
        ['areaM2', 'isDefined'],
        ['beds', 'isDefined'],
        ['code', 'isDefined'],
        ['name', 'isDefined'],
      ]);
    });

    it.each(NOT_ADMIN)('refuses %s with 403 and creates nothing', async (who) => {
      const before = await count(t.dataSource, 'room');
      const res = await as(t, await t.token(who)).post('/facilities/current/rooms', {
        code: roomCode(),
        name: 'Phòng trái phép',
        areaM2: 30,
        beds: 2,
      });
      expectProblem(res, 403);
      expect(await count(t.dataSource, 'room')).toBe(before);
    });
  });

  describe('PATCH /rooms/:id', () => {
    it('lets the admin change a room with If-Match: version+1, ETag and a fresh area check', async () => {
      const room = await createRoom(admin, { areaM2: 36, beds: 4 });
      expect(room.meetsAreaStandard).toBe(true);
      const res = await as(t, admin).patch(`/rooms/${room.id}`, { beds: 8 }, room.version);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(
        expect.objectContaining({
          id: room.id,
          code: room.code,
          beds: 8,
          areaM2: 36,
          areaPerBedM2: 4.5,
          meetsAreaStandard: false,
          version: room.version + 1,
        }),
      );
      expect(res.headers.etag).toBe(`"${room.version + 1}"`);
      expect((await roomRow(room.id)).beds).toBe(8);
    });

    it('answers 428 without If-Match and 412 for a stale version, changing nothing', async () => {
      const room = await createRoom(admin);
      expectProblem(await as(t, admin).patch(`/rooms/${room.id}`, { name: 'Không If-Match' }), 428);
      expectProblem(
        await as(t, admin).patch(`/rooms/${room.id}`, { name: 'Cũ' }, room.version + 1),
        412,
      );
      const row = await roomRow(room.id);
      expect(row.name).toBe(room.name);
      expect(row.version).toBe(room.version);
    });

    it('refuses a code another room of the facility has with 409', async () => {
      const a = await createRoom(admin);
      const b = await createRoom(admin);
      expectProblem(await as(t, admin).patch(`/rooms/${b.id}`, { code: a.code }, b.version), 409);
      expect((await roomRow(b.id)).code).toBe(b.code);
    });

    it.each([
      [{ areaM2: -1 }, 'areaM2', 'min'],
      [{ beds: 'many' }, 'beds', 'isInt'],
      [{ facilityId: ABSENT_ID }, 'facilityId', 'unknownField'],
    ])('refuses %j with 400 naming %s', async (body, field, code) => {
      const room = await createRoom(admin);
      const res = await as(t, admin).patch(`/rooms/${room.id}`, body, room.version);
      expectProblem(res, 400);
      expect(fieldCodes(res)).toEqual([[field, code]]);
      expect((await roomRow(room.id)).version).toBe(room.version);
    });

    it.each([
      ['a name', { name: 'Đổi trộm' }],
      ['beds', { beds: 1 }],
      ['deactivation', { active: false }],
      ['a code the caller facility already uses', { code: 'A102' }],
    ])(
      "answers facility A's admin 404 for a room of facility B (%s) and changes nothing",
      async (_what, body) => {
        const [bRoom] = await roomsOf(t.facilityB.id);
        if (!bRoom) throw new Error('facility B has no room');
        const res = await as(t, admin).patch(`/rooms/${bRoom.id}`, body, bRoom.version);
        expectProblem(res, 404);
        expect(await roomRow(bRoom.id)).toEqual(bRoom);
      },
    );

    it('answers an absent room with 404 and a non-UUID id with 400', async () => {
      expectProblem(await as(t, admin).patch(`/rooms/${ABSENT_ID}`, { name: 'x' }, 1), 404);
      const res = await as(t, admin).patch('/rooms/A101', { name: 'x' }, 1);
      expectProblem(res, 400);
      expect(fieldCodes(res)).toEqual([['id', 'isUuid']]);
    });

    it.each(NOT_ADMIN)('refuses %s with 403 and changes nothing', async (who) => {
      const room = await createRoom(admin);
      const res = await as(t, await t.token(who)).patch(
        `/rooms/${room.id}`,
        { name: 'Trái phép' },
        room.version,
      );
      expectProblem(res, 403);
      const row = await roomRow(room.id);
      expect(row.name).toBe(room.name);
      expect(row.version).toBe(room.version);
    });
  });
});
