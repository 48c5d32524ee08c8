import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import { fieldsOf, today } from '../residents/resident-fixtures';
import { casesApi, monthsAgo, noteBody, referralBody } from './case-fixtures';

describe('case management: counselling notes, referrals, children’s meetings', () => {
  let t: TestApp;
  let api: ReturnType<typeof casesApi>;
  let admin: string;
  let social: string;
  let nurse: string;
  let carer: string;
  let officer: string;
  let admin2: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = casesApi(t);
    [admin, social, nurse, carer, officer, admin2] = await Promise.all([
      t.token('admin'),
      t.token('social'),
      t.token('nurse'),
      t.token('carer'),
      t.token('officer'),
      t.token('admin2'),
    ]);
  }, 60_000);
  afterAll(() => t.close());

  const readsOf = async (residentId: string): Promise<number> => {
    const rows: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'case_note' AND action = 'read' AND entity_id = $1`,
      [residentId],
    );
    return rows[0]?.n ?? 0;
  };

  describe('counselling sessions (case notes)', () => {
    let protectionId: string;
    let plainId: string;

    beforeAll(async () => {
      protectionId = await api.resident(social, {
        sensitive: { abuseHistory: 'Bị bạo hành tại gia đình' },
      });
      plainId = await api.resident(social);
      for (const id of [protectionId, plainId]) {
        const res = await api.post(social, `/residents/${id}/case-notes`, noteBody());
        expect(res.status).toBe(201);
      }
    });

    it('marks notes of a protection case sensitive, keeps their text out of the audit trail', async () => {
      expect((await api.openCase(social, protectionId)).protection).toBe(true);
      const rows: { sensitive: boolean; resident_id: string }[] = await t.dataSource.query(
        'SELECT sensitive, resident_id FROM counselling_session WHERE resident_id = ANY($1)',
        [[protectionId, plainId]],
      );
      expect(rows.find((r) => r.resident_id === protectionId)?.sensitive).toBe(true);
      expect(rows.find((r) => r.resident_id === plainId)?.sensitive).toBe(false);
      const trail: { changes: string }[] = await t.dataSource.query(
        `SELECT changes::text AS changes FROM audit_log a JOIN counselling_session s ON s.id::text = a.entity_id::text
          WHERE a.entity = 'counselling_session' AND s.resident_id = $1`,
        [protectionId],
      );
      expect(trail).toHaveLength(1);
      expect(trail[0]?.changes).not.toContain('bị đánh');
      expect(trail[0]?.changes).toContain('[redacted]');
    });

    it('lets admin and social worker read them; each read of a protection case is audited', async () => {
      for (const [token, n] of [
        [social, 1],
        [admin, 2],
      ] as const) {
        const res = await api.get(token, `/residents/${protectionId}/case-notes`);
        expect(res.status).toBe(200);
        expect(res.body.items[0].summary).toContain('bị đánh');
        expect(await readsOf(protectionId)).toBe(n);
      }
      // A case that is not a protection case: its notes are read without a sensitive-read entry.
      expect((await api.get(social, `/residents/${plainId}/case-notes`)).status).toBe(200);
      expect(await readsOf(plainId)).toBe(0);
    });

    it('never shows case-note text to a nurse, a caretaker or an officer (403: API.md), nor to another facility (404)', async () => {
      for (const token of [nurse, carer, officer]) {
        const res = await api.get(token, `/residents/${protectionId}/case-notes`);
        expectProblem(res, 403);
        expect(res.text).not.toContain('bị đánh');
      }
      const other = await api.get(admin2, `/residents/${protectionId}/case-notes`);
      expectProblem(other, 404);
      expect(await readsOf(protectionId)).toBe(2);
      // Nor can a nurse or a caretaker write them.
      expectProblem(await api.post(nurse, `/residents/${plainId}/case-notes`, noteBody()), 403);
      expectProblem(await api.post(carer, `/residents/${plainId}/case-notes`, noteBody()), 403);
    });

    it('refuses bad input and changes nothing', async () => {
      const before = await count(t.dataSource, 'counselling_session');
      const bad = await api.post(social, `/residents/${plainId}/case-notes`, {
        sessionOn: '2026-13-01',
        type: 'chat',
        durationMinutes: 2,
        topics: ['x'.repeat(101)],
        summary: '',
        mood: 'ok',
      });
      expectProblem(bad, 400);
      expect(fieldsOf(bad).sort()).toEqual([
        'durationMinutes',
        'mood',
        'sessionOn',
        'summary',
        'topics',
        'type',
      ]);
      const tooLong = await api.post(
        social,
        `/residents/${plainId}/case-notes`,
        noteBody({ summary: 'x'.repeat(4001) }),
      );
      expectProblem(tooLong, 400);
      expect(fieldsOf(tooLong)).toEqual(['summary']);
      const dates = await api.post(
        social,
        `/residents/${plainId}/case-notes`,
        noteBody({ sessionOn: monthsAgo(6), counsellorId: await api.userId('nurse') }),
      );
      expectProblem(dates, 400);
      expect(fieldsOf(dates).sort()).toEqual(['counsellorId', 'sessionOn']);
      expectProblem(await api.post(admin2, `/residents/${plainId}/case-notes`, noteBody()), 404);
      expect(await count(t.dataSource, 'counselling_session')).toBe(before);
    });
  });

  describe('referrals', () => {
    let residentId: string;
    beforeAll(async () => {
      residentId = await api.resident(social);
    });

    it('refuses a referral that shares personal data without consent or override (409), nothing written', async () => {
      const before = await count(t.dataSource, 'referral');
      const res = await api.post(
        social,
        `/residents/${residentId}/referrals`,
        referralBody({ consent: undefined }),
      );
      expectProblem(res, 409);
      expect(await count(t.dataSource, 'referral')).toBe(before);
    });

    it('records one with consent, and one without data sharing', async () => {
      const withConsent = await api.post(
        social,
        `/residents/${residentId}/referrals`,
        referralBody(),
      );
      expect(withConsent.status).toBe(201);
      expect(withConsent.body).toEqual(
        expect.objectContaining({ outcome: 'pending', consentOverrideReason: null, version: 1 }),
      );
      const noData = await api.post(
        social,
        `/residents/${residentId}/referrals`,
        referralBody({ kind: 'school', sharesPersonalData: false, consent: undefined }),
      );
      expect(noData.status).toBe(201);
    });

    it('lets only the admin override the consent, with a reason, audited', async () => {
      const body = referralBody({
        kind: 'police',
        consent: undefined,
        consentOverrideReason: 'Nguy cơ bị xâm hại; báo công an theo Luật Trẻ em',
      });
      const before = await count(t.dataSource, 'referral');
      expectProblem(await api.post(social, `/residents/${residentId}/referrals`, body), 403);
      expect(await count(t.dataSource, 'referral')).toBe(before);
      const res = await api.post(admin, `/residents/${residentId}/referrals`, body);
      expect(res.status).toBe(201);
      expect(res.body.consentOverriddenBy).toBe(await api.userId('admin'));
      const trail: { changes: { consentOverridden?: { after: string } } }[] =
        await t.dataSource.query(
          `SELECT changes FROM audit_log WHERE entity = 'referral' AND entity_id = $1`,
          [res.body.id],
        );
      expect(trail[0]?.changes.consentOverridden?.after).toContain('Nguy cơ');
    });

    it('records the outcome with If-Match; stale 412, missing 428, other facility 404, bad input 400', async () => {
      const created = await api.post(
        social,
        `/residents/${residentId}/referrals`,
        referralBody({ kind: 'legal_aid' }),
      );
      const id = created.body.id as string;
      expectProblem(await api.patch(social, `/referrals/${id}`, { outcome: 'accepted' }), 428);
      expectProblem(
        await api.patch(social, `/referrals/${id}`, { outcome: 'accepted' }, '"7"'),
        412,
      );
      expectProblem(
        await api.patch(admin2, `/referrals/${id}`, { outcome: 'accepted' }, '"1"'),
        404,
      );
      const bad = await api.patch(
        social,
        `/referrals/${id}`,
        { outcome: 'lost', outcomeOn: monthsAgo(3), kind: 'ngo' },
        '"1"',
      );
      expectProblem(bad, 400);
      expect(fieldsOf(bad).sort()).toEqual(['kind', 'outcome']);
      const early = await api.patch(
        social,
        `/referrals/${id}`,
        { outcome: 'completed', outcomeOn: monthsAgo(3) },
        '"1"',
      );
      expectProblem(early, 400);
      expect(fieldsOf(early)).toEqual(['outcomeOn']);
      const ok = await api.patch(
        social,
        `/referrals/${id}`,
        { outcome: 'completed', outcomeOn: today(), outcomeNote: 'Đã có luật sư' },
        '"1"',
      );
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual(expect.objectContaining({ outcome: 'completed', version: 2 }));
      expect(ok.headers.etag).toBe('"2"');
    });

    it('refuses malformed referrals and other roles', async () => {
      const bad = await api.post(social, `/residents/${residentId}/referrals`, {
        referredOn: 'yesterday',
        kind: 'church',
        organisation: 'x'.repeat(201),
        reason: '',
        sharesPersonalData: 'yes',
        contactPhone: 'call me',
        consent: { givenBy: 'neighbour', name: '', givenOn: '2026-02-30', written: 1 },
      });
      expectProblem(bad, 400);
      expect(fieldsOf(bad).sort()).toEqual([
        'consent.givenBy',
        'consent.givenOn',
        'consent.name',
        'consent.written',
        'contactPhone',
        'kind',
        'organisation',
        'reason',
        'referredOn',
        'sharesPersonalData',
      ]);
      for (const token of [nurse, carer, officer]) {
        expectProblem(
          await api.post(token, `/residents/${residentId}/referrals`, referralBody()),
          403,
        );
        expectProblem(await api.get(token, `/residents/${residentId}/referrals`), 403);
      }
      expectProblem(await api.get(admin2, `/residents/${residentId}/referrals`), 404);
      const list = await api.get(social, `/residents/${residentId}/referrals`, { limit: 2 });
      expect(list.body.items).toHaveLength(2);
      expect(list.body.nextCursor).toEqual(expect.any(String));
    });
  });

  describe('weekly children’s meeting', () => {
    it('records a meeting once per date, follows up concerns with If-Match', async () => {
      const body = {
        heldOn: today(),
        childrenPresent: 34,
        staffPresent: ['Cô Hạnh'],
        concerns: [{ concern: 'Muốn thêm giờ đá bóng', action: 'Mở sân chiều thứ Bảy' }],
      };
      const created = await api.post(social, '/children-meetings', body);
      expect(created.status).toBe(201);
      expectProblem(await api.post(admin, '/children-meetings', body), 409);
      const bad = await api.post(social, '/children-meetings', {
        heldOn: '2099-01-01',
        childrenPresent: 0,
      });
      expectProblem(bad, 400);
      expect(fieldsOf(bad)).toEqual(['childrenPresent']);
      const future = await api.post(social, '/children-meetings', {
        heldOn: '2099-01-01',
        childrenPresent: 3,
      });
      expectProblem(future, 400);
      expect(fieldsOf(future)).toEqual(['heldOn']);
      expectProblem(await api.post(carer, '/children-meetings', body), 403);
      const id = created.body.id as string;
      expectProblem(
        await api.patch(admin2, `/children-meetings/${id}`, { notes: 'x' }, '"1"'),
        404,
      );
      expectProblem(
        await api.patch(social, `/children-meetings/${id}`, { notes: 'x' }, '"2"'),
        412,
      );
      const updated = await api.patch(
        social,
        `/children-meetings/${id}`,
        { concerns: [{ concern: 'Muốn thêm giờ đá bóng', action: 'Đã mở sân', resolved: true }] },
        '"1"',
      );
      expect(updated.status).toBe(200);
      expect(updated.body.concerns[0].resolved).toBe(true);
      expect((await api.get(admin, '/children-meetings')).body.items).toHaveLength(1);
    });
  });
});
