import { expectProblem, startTestApp, TestApp } from '../support/test-app';

/** The ids a query answers, in its order. */
async function idsOf(t: TestApp, sql: string, params: unknown[]): Promise<string[]> {
  const rows = await t.dataSource.query<{ id: string }[]>(sql, params);
  return rows.map((r) => r.id);
}

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

interface Page {
  items: { id: string }[];
  nextCursor: string | null;
}

describe('cursor pagination', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.token('admin');
    await t.token('admin2');
    // Enough rows in facility A to need several pages at the default and the maximum limit,
    // and rows in facility B that must never show up.
    await t.dataSource.query(
      `INSERT INTO app_user (facility_id, username, full_name, role, password_hash, version)
       SELECT $1, 'page.user.' || lpad(n::text, 3, '0'), 'Người dùng ' || n, 'caretaker', 'x', 1
       FROM generate_series(1, 60) AS n`,
      [t.facilityA.id],
    );
    await t.dataSource.query(
      `INSERT INTO app_user (facility_id, username, full_name, role, password_hash, version)
       SELECT $1, 'page.other.' || n, 'Cơ sở khác ' || n, 'caretaker', 'x', 1
       FROM generate_series(1, 5) AS n`,
      [t.facilityB.id],
    );
    await t.dataSource.query(
      `INSERT INTO audit_log (facility_id, action, entity, entity_id)
       SELECT $1, 'update', 'page_test', n::text FROM generate_series(1, 230) AS n`,
      [t.facilityA.id],
    );
    await t.dataSource.query(
      `INSERT INTO audit_log (facility_id, action, entity, entity_id)
       SELECT $1, 'update', 'page_test', n::text FROM generate_series(1, 5) AS n`,
      [t.facilityB.id],
    );
    // Children's meetings (a list read through newestFirstPage: by date, then id, newest first):
    // one a day, some days with the same date in the other facility.
    for (const [facilityId, count] of [
      [t.facilityA.id, 75],
      [t.facilityB.id, 5],
    ] as const) {
      await t.dataSource.query(
        `INSERT INTO children_meeting (facility_id, held_on, facilitator_id, children_present, version)
         SELECT $1, DATE '2024-01-01' + n, (SELECT id FROM app_user WHERE facility_id = $1 LIMIT 1), 3, 1
         FROM generate_series(1, $2::int) AS n`,
        [facilityId, count],
      );
    }
  });
  afterAll(() => t.close());

  const get = (path: string, token = admin) =>
    t.http().get(path).set('Authorization', `Bearer ${token}`);

  /** Follows nextCursor from the first page to the last; the ids in the order served. */
  async function pageThrough(
    path: string,
    limit: number,
  ): Promise<{ ids: string[]; pages: number }> {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const url: string = `${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await get(url);
      expect(res.status).toBe(200);
      const page = res.body as Page;
      expect(page.items.length).toBeLessThanOrEqual(limit);
      if (page.nextCursor !== null) expect(page.items).toHaveLength(limit);
      ids.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages += 1;
      if (pages > 1000) throw new Error('pagination does not end');
    } while (cursor !== null);
    return { ids, pages };
  }

  const endpoints = [
    {
      name: 'GET /api/v1/users',
      path: '/api/v1/users',
      /** Every id the facility A admin may list, in the documented order. */
      expected: async () =>
        await idsOf(t, `SELECT id FROM app_user WHERE facility_id = $1 ORDER BY username, id`, [
          t.facilityA.id,
        ]),
    },
    {
      name: 'GET /api/v1/audit',
      path: '/api/v1/audit',
      expected: async () =>
        await idsOf(
          t,
          `SELECT id::text AS id FROM audit_log WHERE facility_id = $1 ORDER BY audit_log.id DESC`,
          [t.facilityA.id],
        ),
    },
    {
      name: 'GET /api/v1/children-meetings',
      path: '/api/v1/children-meetings',
      expected: async () =>
        await idsOf(
          t,
          `SELECT id FROM children_meeting WHERE facility_id = $1 ORDER BY held_on DESC, id DESC`,
          [t.facilityA.id],
        ),
    },
  ];

  describe.each(endpoints)('$name', ({ path, expected }) => {
    it('answers { items, nextCursor } with 50 items by default', async () => {
      const all = await expected();
      expect(all.length).toBeGreaterThan(50);
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(Object.keys(res.body as object).sort()).toEqual(['items', 'nextCursor']);
      const page = res.body as Page;
      expect(page.items).toHaveLength(50);
      expect(page.items.map((i) => i.id)).toEqual(all.slice(0, 50));
      expect(typeof page.nextCursor).toBe('string');
    });

    it('answers up to 200 items with limit=200', async () => {
      const all = await expected();
      const res = await get(`${path}?limit=200`);
      expect(res.status).toBe(200);
      const page = res.body as Page;
      expect(page.items.map((i) => i.id)).toEqual(all.slice(0, 200));
      expect(page.nextCursor === null).toBe(all.length <= 200);
    });

    it.each([
      ['201', 'max'],
      ['0', 'min'],
      ['-1', 'min'],
      ['1.5', 'isInt'],
      ['ten', 'isInt'],
    ])('refuses limit=%s with 400 naming limit', async (limit, code) => {
      const res = await get(`${path}?limit=${limit}`);
      expectProblem(res, 400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'limit', code })]);
    });

    it('pages through everything with limit=1, each item once, the last page without cursor', async () => {
      const all = await expected();
      const { ids, pages } = await pageThrough(path, 1);
      expect(ids).toEqual(all);
      expect(new Set(ids).size).toBe(ids.length);
      expect(pages).toBe(all.length);
    });

    it('gives the same sequence with a larger page size', async () => {
      const all = await expected();
      const { ids, pages } = await pageThrough(path, 7);
      expect(ids).toEqual(all);
      expect(pages).toBe(Math.ceil(all.length / 7));
    });

    it('answers nextCursor null when a page ends exactly on the last item', async () => {
      const all = await expected();
      const first = await get(`${path}?limit=50`);
      const rest = all.length - 50;
      expect(rest).toBeGreaterThan(0);
      expect(rest).toBeLessThanOrEqual(200);
      const res = await get(`${path}?limit=${rest}&cursor=${(first.body as Page).nextCursor}`);
      expect(res.status).toBe(200);
      expect((res.body as Page).items.map((i) => i.id)).toEqual(all.slice(50));
      expect((res.body as Page).nextCursor).toBeNull();
    });

    it.each([
      ['not base64 JSON', 'not-a-cursor!!'],
      ['JSON that is not an array', cursorOf({ after: 'x' })],
      ['an array of the wrong size', cursorOf(['a', 'b', 'c'])],
      ['an array holding an object', cursorOf([{ a: 1 }, { b: 2 }])],
      ['an empty array', cursorOf([])],
      ['too long', 'A'.repeat(600)],
    ])('refuses a tampered cursor (%s) with 400 naming cursor', async (_what, cursor) => {
      const res = await get(`${path}?cursor=${encodeURIComponent(cursor)}`);
      expectProblem(res, 400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    });
  });

  describe('cursors of the right shape but wrong values', () => {
    it.each([
      ['users, id not a UUID', '/api/v1/users', cursorOf(['admin', 'not-a-uuid'])],
      [
        'users, a NUL character',
        '/api/v1/users',
        cursorOf(['a\u0000', '00000000-0000-4000-8000-000000000000']),
      ],
      ['audit, id not a number', '/api/v1/audit', cursorOf(['drop table'])],
      ['audit, id a fraction', '/api/v1/audit', cursorOf([1.5])],
      ['audit, id out of range', '/api/v1/audit', cursorOf(['99999999999999999999999'])],
      [
        'meetings, a date that is not one',
        '/api/v1/children-meetings',
        cursorOf(['2024-02-30', '00000000-0000-4000-8000-000000000000']),
      ],
    ])('answers %s with 400 naming cursor, not 500', async (_what, path, cursor) => {
      const res = await get(`${path}?cursor=${cursor}`);
      expectProblem(res, 400);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'cursor', code: 'invalidCursor' }),
      ]);
    });
  });

  it('keeps pages of another facility out', async () => {
    const { ids } = await pageThrough('/api/v1/users', 200);
    const others = await idsOf(t, `SELECT id FROM app_user WHERE facility_id = $1`, [
      t.facilityB.id,
    ]);
    expect(others.length).toBeGreaterThan(0);
    expect(ids.filter((id) => others.includes(id))).toEqual([]);
  });

  it('combines a filter with the cursor', async () => {
    const all = await idsOf(
      t,
      `SELECT id FROM app_user WHERE facility_id = $1 AND role = 'caretaker' ORDER BY username, id`,
      [t.facilityA.id],
    );
    const { ids } = await pageThrough('/api/v1/users?role=caretaker', 9);
    expect(ids).toEqual(all);
  });
});
