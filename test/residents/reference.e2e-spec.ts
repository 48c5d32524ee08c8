import { startTestApp, TestApp } from '../support/test-app';

interface EthnicityBody {
  code: string;
  name: string;
}

describe('GET /reference/ethnicities', () => {
  let t: TestApp;
  let carer: string;

  beforeAll(async () => {
    t = await startTestApp();
    carer = await t.token('carer');
  });
  afterAll(() => t.close());

  it("lists the 54 groups and foreigners by their official names, H'Mông with its apostrophe", async () => {
    const res = await t
      .http()
      .get('/api/v1/reference/ethnicities')
      .set('Authorization', `Bearer ${carer}`);
    expect(res.status).toBe(200);
    const rows = res.body as EthnicityBody[];
    expect(rows).toHaveLength(55);
    const byCode = new Map(rows.map((r) => [r.code, r.name]));
    expect(byCode.get('01')).toBe('Kinh');
    expect(byCode.get('08')).toBe("H'Mông");
    expect(byCode.get('55')).toBe('Người nước ngoài');
    // Letters, spaces, hyphens and the apostrophe of H'Mông only; no name glued to a lost sign.
    for (const { name } of rows) expect(name).toMatch(/^\p{Lu}[\p{L}' -]*$/u);
    expect(rows.filter((r) => /^H\p{Lu}/u.test(r.name))).toEqual([]);
  });
});
