import { expectProblem, startTestApp, TestApp } from './support/test-app';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers readiness with the database up', async () => {
    const res = await t.http().get('/health/ready');
    expect(res.status).toBe(200);
    expect(res.body.info.database.status).toBe('up');
  });

  it('lets the demo admin log in and read the own facility', async () => {
    const token = await t.token('admin');
    const res = await t
      .http()
      .get('/api/v1/facilities/current')
      .set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Trung tâm Bảo trợ xã hội tỉnh Hưng Yên');
    expect(res.headers.etag).toBe(`"${res.body.version}"`);
  });

  it('answers an unknown route with a problem document', async () => {
    const res = await t.http().get('/api/v1/nope');
    expectProblem(res, 404);
  });
});
