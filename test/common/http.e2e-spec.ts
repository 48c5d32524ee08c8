import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Response } from 'supertest';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface FieldErrorBody {
  field: string;
  code: string;
  message: string;
}

const fieldErrors = (res: Response): FieldErrorBody[] => res.body.errors as FieldErrorBody[];
const errorFor = (res: Response, field: string): FieldErrorBody | undefined =>
  fieldErrors(res).find((e) => e.field === field);

/** A user body that passes validation, to change one thing at a time. */
function validUser(suffix: string): Record<string, unknown> {
  return {
    username: `test.${suffix}`,
    fullName: 'Trần Văn Bình',
    role: 'caretaker',
    password: 'bình-chăm-sóc-2026-xyz',
  };
}

describe('cross-cutting HTTP behaviour', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.token('admin');
  });
  afterAll(() => t.close());

  const postUser = (body: string | object, contentType = 'application/json') =>
    t
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${admin}`)
      .set('Content-Type', contentType)
      .send(typeof body === 'string' ? body : JSON.stringify(body));

  describe('body parsing', () => {
    it('answers malformed JSON with a 400 malformedJson problem', async () => {
      const before = await count(t.dataSource, 'app_user');
      const res = await postUser('{"username": "x",');
      expectProblem(res, 400);
      expect(res.body.type).toBe('urn:mai-am:problem:malformedJson');
      expect(res.body.title).toBe('Nội dung JSON không đọc được');
      expect(await count(t.dataSource, 'app_user')).toBe(before);
    });

    it('answers a JSON scalar at the top level as malformed (strict JSON)', async () => {
      const res = await postUser('"just a string"');
      expectProblem(res, 400);
      expect(res.body.type).toBe('urn:mai-am:problem:malformedJson');
    });

    it('answers a text/plain body with 415', async () => {
      const res = await postUser(JSON.stringify(validUser('plain')), 'text/plain');
      expectProblem(res, 415);
      expect(res.body.type).toBe('urn:mai-am:problem:unsupportedMediaType');
      expect(
        await t.dataSource.query(`SELECT 1 FROM app_user WHERE username = 'test.plain'`),
      ).toEqual([]);
    });

    it.each([
      ['gzip', gzipSync],
      ['br', brotliCompressSync],
    ])('refuses a %s-compressed body with 415 and never decompresses it', async (encoding, zip) => {
      // Decompressing untrusted bodies is attack surface (zip bombs, CVE-2026-111497 in Node
      // 20's Brotli): no client of this API compresses its requests.
      const res = await t
        .http()
        .post('/api/v1/users')
        .set('Authorization', `Bearer ${admin}`)
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', encoding)
        .send(zip(Buffer.from(JSON.stringify(validUser(`zip.${encoding}`)))));
      expectProblem(res, 415);
      expect(
        await t.dataSource.query(`SELECT 1 FROM app_user WHERE username = $1`, [
          `test.zip.${encoding}`,
        ]),
      ).toEqual([]);
    });

    it('answers a form-encoded body with 415', async () => {
      const res = await postUser('username=x&password=y', 'application/x-www-form-urlencoded');
      expectProblem(res, 415);
    });

    it('answers a JSON array where an object belongs with 400 naming the body', async () => {
      const res = await postUser([validUser('array')]);
      expectProblem(res, 400);
      expect(res.body.type).toBe('urn:mai-am:problem:validation');
      expect(fieldErrors(res).length).toBeGreaterThan(0);
      for (const e of fieldErrors(res)) expect(typeof e.field).toBe('string');
    });
  });

  describe('request id', () => {
    it('gives every error a requestId equal to the X-Request-Id header', async () => {
      const answers = await Promise.all([
        postUser('{'),
        postUser('x', 'text/plain'),
        postUser({}),
        t.http().get('/api/v1/users'),
        t.http().get('/api/v1/nope'),
        t.http().get('/api/v1/users/not-a-uuid').set('Authorization', `Bearer ${admin}`),
        t
          .http()
          .get('/api/v1/audit')
          .set('Authorization', `Bearer ${await t.token('nurse')}`),
      ]);
      const ids = new Set<string>();
      for (const res of answers) {
        expect(res.status).toBeGreaterThanOrEqual(400);
        expectProblem(res, res.status);
        expect(res.headers['x-request-id']).toMatch(UUID);
        ids.add(res.body.requestId as string);
      }
      expect(ids.size).toBe(answers.length);
    });

    it('puts a request id on successful answers too', async () => {
      const res = await t.http().get('/health');
      expect(res.status).toBe(200);
      expect(res.headers['x-request-id']).toMatch(UUID);
    });

    it("echoes a caller's well-formed X-Request-Id", async () => {
      const given = 'proxy-req_0123.abcd';
      const res = await t.http().get('/api/v1/nope').set('X-Request-Id', given);
      expectProblem(res, 404);
      expect(res.headers['x-request-id']).toBe(given);
      expect(res.body.requestId).toBe(given);
      const ok = await t.http().get('/health').set('X-Request-Id', given);
      expect(ok.headers['x-request-id']).toBe(given);
    });

    it.each([
      ['containing spaces', 'abc def ghi jkl'],
      ['200 characters long', 'a'.repeat(200)],
      ['too short', 'abc'],
      ['with markup', '<script>alert(1)</script>'],
    ])('replaces a malformed X-Request-Id (%s)', async (_what, given) => {
      const res = await t.http().get('/api/v1/nope').set('X-Request-Id', given);
      expectProblem(res, 404);
      expect(res.headers['x-request-id']).not.toBe(given);
      expect(res.headers['x-request-id']).toMatch(UUID);
      expect(res.body.requestId).toBe(res.headers['x-request-id']);
    });
  });

  describe('language', () => {
    it('answers in English with Accept-Language: en', async () => {
      const res = await postUser({}).set('Accept-Language', 'en-US,en;q=0.9');
      expectProblem(res, 400);
      expect(res.body.title).toBe('Invalid input');
      expect(errorFor(res, 'username')).toEqual({
        field: 'username',
        code: 'isDefined',
        message: 'This field is required',
      });
    });

    it('answers in Vietnamese with Accept-Language: vi', async () => {
      const res = await postUser({}).set('Accept-Language', 'vi');
      expectProblem(res, 400);
      expect(res.body.title).toBe('Dữ liệu không hợp lệ');
      expect(errorFor(res, 'username')).toEqual({
        field: 'username',
        code: 'isDefined',
        message: 'Trường này là bắt buộc',
      });
    });

    it('answers in Vietnamese without Accept-Language', async () => {
      const res = await postUser({});
      expectProblem(res, 400);
      expect(res.body.title).toBe('Dữ liệu không hợp lệ');
      expect(errorFor(res, 'password')?.message).toBe('Trường này là bắt buộc');
    });

    it('puts rule numbers into messages in both languages', async () => {
      const body = { ...validUser('long'), fullName: 'x'.repeat(121) };
      const en = await postUser(body).set('Accept-Language', 'en');
      expectProblem(en, 400);
      expect(errorFor(en, 'fullName')).toEqual({
        field: 'fullName',
        code: 'maxLength',
        message: 'Must be at most 120 characters',
      });
      const vi = await postUser(body).set('Accept-Language', 'vi');
      expect(errorFor(vi, 'fullName')?.message).toBe('Không được dài quá 120 ký tự');
    });

    it('translates the title of non-validation problems as well', async () => {
      const en = await t.http().get('/api/v1/users').set('Accept-Language', 'en');
      expectProblem(en, 401);
      const vi = await t.http().get('/api/v1/users');
      expectProblem(vi, 401);
      expect(en.body.title).not.toBe(vi.body.title);
      expect(en.body.title).toMatch(/^[\x20-\x7e]+$/);
    });
  });

  describe('validation', () => {
    it('rejects an unknown body field with code unknownField and creates nothing', async () => {
      const before = await count(t.dataSource, 'app_user');
      const res = await postUser({ ...validUser('extra'), isSuperuser: true });
      expectProblem(res, 400);
      expect(fieldErrors(res)).toEqual([
        expect.objectContaining({ field: 'isSuperuser', code: 'unknownField' }),
      ]);
      expect(await count(t.dataSource, 'app_user')).toBe(before);
    });

    it('rejects an unknown query parameter with code unknownField', async () => {
      const res = await t
        .http()
        .get('/api/v1/users?sort=username')
        .set('Authorization', `Bearer ${admin}`);
      expectProblem(res, 400);
      expect(fieldErrors(res)).toEqual([
        expect.objectContaining({ field: 'sort', code: 'unknownField' }),
      ]);
    });

    it('names every bad field, one entry each', async () => {
      const res = await postUser({ username: 'a b', fullName: '', role: 'king' });
      expectProblem(res, 400);
      const fields = fieldErrors(res).map((e) => e.field);
      expect([...fields].sort()).toEqual(['fullName', 'password', 'role', 'username']);
    });

    it.each([
      ['an object', { $ne: null }],
      ['an array', ['Trần Văn Bình']],
      ['a number', 42],
      ['a boolean', true],
    ])('refuses %s where a string belongs', async (_what, value) => {
      const before = await count(t.dataSource, 'app_user');
      const res = await postUser({ ...validUser('nested'), fullName: value, username: value });
      expectProblem(res, 400);
      expect(errorFor(res, 'fullName')?.code).toBe('isString');
      expect(errorFor(res, 'username')?.code).toBe('isString');
      expect(await count(t.dataSource, 'app_user')).toBe(before);
    });

    it('refuses an object where a string belongs at login', async () => {
      const res = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ username: { $gt: '' }, password: 'demo-2026-maiam' });
      expectProblem(res, 400);
      expect(errorFor(res, 'username')?.code).toBe('isString');
    });

    it('refuses a repeated query parameter where one value belongs', async () => {
      const res = await t
        .http()
        .get('/api/v1/users?role=admin&role=nurse')
        .set('Authorization', `Bearer ${admin}`);
      expectProblem(res, 400);
      expect(errorFor(res, 'role')).toBeDefined();
    });

    it("answers a non-UUID path id with 400 naming 'id'", async () => {
      const res = await t
        .http()
        .get('/api/v1/users/12345')
        .set('Authorization', `Bearer ${admin}`)
        .set('Accept-Language', 'en');
      expectProblem(res, 400);
      expect(fieldErrors(res)).toEqual([
        { field: 'id', code: 'isUuid', message: 'Must be a UUID' },
      ]);
    });

    it('answers a well-formed but absent id with 404', async () => {
      const res = await t
        .http()
        .get('/api/v1/users/00000000-0000-4000-8000-000000000000')
        .set('Authorization', `Bearer ${admin}`);
      expectProblem(res, 404);
    });
  });

  describe('versions (ETag / If-Match)', () => {
    let userId: string;
    let version: number;
    beforeAll(async () => {
      const res = await postUser(validUser('etag'));
      expect(res.status).toBe(201);
      userId = res.body.id as string;
      version = res.body.version as number;
    });

    const patch = (body: object) =>
      t.http().patch(`/api/v1/users/${userId}`).set('Authorization', `Bearer ${admin}`).send(body);

    it('sends ETag: "<version>" on GET', async () => {
      const res = await t
        .http()
        .get(`/api/v1/users/${userId}`)
        .set('Authorization', `Bearer ${admin}`);
      expect(res.status).toBe(200);
      expect(res.headers.etag).toBe(`"${version}"`);
    });

    it('answers an update without If-Match with 428 and changes nothing', async () => {
      const res = await patch({ fullName: 'Không If-Match' });
      expectProblem(res, 428);
      const row: { full_name: string }[] = await t.dataSource.query(
        'SELECT full_name FROM app_user WHERE id = $1',
        [userId],
      );
      expect(row[0]?.full_name).toBe('Trần Văn Bình');
    });

    it('answers a malformed If-Match with 400 naming the header', async () => {
      const res = await patch({ fullName: 'x' }).set('If-Match', 'version-one');
      expectProblem(res, 400);
      expect(fieldErrors(res)).toEqual([
        expect.objectContaining({ field: 'If-Match', code: 'invalidIfMatch' }),
      ]);
    });

    it('answers a stale If-Match with 412 and the current one with the next version', async () => {
      const stale = await patch({ fullName: 'Cũ' }).set('If-Match', `"${version + 5}"`);
      expectProblem(stale, 412);
      const ok = await patch({ fullName: 'Trần Văn Bính' }).set('If-Match', `"${version}"`);
      expect(ok.status).toBe(200);
      expect(ok.body.version).toBe(version + 1);
      expect(ok.headers.etag).toBe(`"${version + 1}"`);
      const again = await patch({ fullName: 'Lại' }).set('If-Match', `"${version}"`);
      expectProblem(again, 412);
    });
  });

  describe('Idempotency-Key', () => {
    it('replays the first answer for a retry and creates nothing new', async () => {
      const body = validUser('idem');
      const first = await postUser(body).set('Idempotency-Key', 'idem-key-0001');
      expect(first.status).toBe(201);
      const after = await count(t.dataSource, 'app_user');
      const retry = await postUser(body).set('Idempotency-Key', 'idem-key-0001');
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(await count(t.dataSource, 'app_user')).toBe(after);
    });

    it('refuses the same key with a different body with 409', async () => {
      const first = await postUser(validUser('idem2')).set('Idempotency-Key', 'idem-key-0002');
      expect(first.status).toBe(201);
      const other = await postUser(validUser('idem3')).set('Idempotency-Key', 'idem-key-0002');
      expectProblem(other, 409);
      expect(
        await t.dataSource.query(`SELECT 1 FROM app_user WHERE username = 'test.idem3'`),
      ).toEqual([]);
    });

    it('refuses a malformed key with 400 naming the header', async () => {
      const res = await postUser(validUser('idem4')).set('Idempotency-Key', 'short');
      expectProblem(res, 400);
      expect(fieldErrors(res)).toEqual([
        expect.objectContaining({ field: 'Idempotency-Key', code: 'invalidIdempotencyKey' }),
      ]);
    });
  });

  describe('security headers and CORS (defaults)', () => {
    it('sends helmet headers on answers and errors', async () => {
      for (const res of [await t.http().get('/health'), await t.http().get('/api/v1/nope')]) {
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['content-security-policy']).toBeDefined();
        expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
        expect(res.headers['x-powered-by']).toBeUndefined();
      }
    });

    it('sends no access-control-allow-origin without CORS_ORIGINS', async () => {
      const preflight = await t
        .http()
        .options('/api/v1/users')
        .set('Origin', 'https://a.example')
        .set('Access-Control-Request-Method', 'GET');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      const get = await t.http().get('/health').set('Origin', 'https://a.example');
      expect(get.status).toBe(200);
      expect(get.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('operations', () => {
    it('answers GET /health with 200', async () => {
      const res = await t.http().get('/health');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok' });
    });

    it('answers GET /health/ready with 200 and the database up', async () => {
      const res = await t.http().get('/health/ready');
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('ok');
      expect(res.body.info.database.status).toBe('up');
    });

    it('does not serve health under the API prefix', async () => {
      expectProblem(await t.http().get('/api/v1/health'), 404);
    });

    it('serves Swagger UI as HTML at /docs', async () => {
      const res = await t.http().get('/docs').redirects(1);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toMatch(/swagger-ui/i);
    });

    it('serves the Swagger UI scripts it references', async () => {
      const html = (await t.http().get('/docs').redirects(1)).text;
      const sources = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
      expect(sources.length).toBeGreaterThan(0);
      for (const src of sources) {
        const path = new URL(src, 'http://localhost/docs').pathname;
        const res = await t.http().get(path);
        expect({ path, status: res.status }).toEqual({ path, status: 200 });
      }
    });

    it('serves an OpenAPI document at /docs-json with bearer auth and the login path', async () => {
      const res = await t.http().get('/docs-json');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body.openapi).toMatch(/^3\./);
      const schemes = Object.values(res.body.components.securitySchemes as object);
      expect(schemes).toContainEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
      expect(res.body.paths['/api/v1/auth/login'].post).toBeDefined();
      expect(res.body.paths['/health'].get).toBeDefined();
      expect(res.body.paths['/api/v1/users'].get.security).toEqual(
        expect.arrayContaining([expect.objectContaining({ bearer: [] })]),
      );
    });
  });

  describe('unexpected errors', () => {
    it('answers a database failure with a 500 problem without SQL, names or stack', async () => {
      const token = await t.token('nurse');
      await t.dataSource.query('ALTER TABLE room RENAME TO room_x');
      let res: Response;
      try {
        res = await t
          .http()
          .get('/api/v1/facilities/current/rooms')
          .set('Authorization', `Bearer ${token}`)
          .set('Accept-Language', 'en');
      } finally {
        await t.dataSource.query('ALTER TABLE room_x RENAME TO room');
      }
      expectProblem(res, 500);
      expect(res.body.type).toBe('urn:mai-am:problem:internal');
      expect(res.body.title).toBe('Internal error');
      expect(Object.keys(res.body as object).sort()).toEqual([
        'requestId',
        'status',
        'title',
        'type',
      ]);
      expect(res.text).not.toMatch(/room|relation|select|from|stack|\.ts\b|\.js\b/i);
      // and the route works again once the table is back
      const again = await t
        .http()
        .get('/api/v1/facilities/current/rooms')
        .set('Authorization', `Bearer ${token}`);
      expect(again.status).toBe(200);
    });
  });
});

describe('configured limits and CORS', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT: '2kb', CORS_ORIGINS: 'https://a.example' });
    admin = await t.token('admin');
  });
  afterAll(() => t.close());

  const postUser = (body: object) =>
    t.http().post('/api/v1/users').set('Authorization', `Bearer ${admin}`).send(body);

  it('answers a body over BODY_LIMIT with 413', async () => {
    const before = await count(t.dataSource, 'app_user');
    const res = await postUser({ username: 'big.body', fullName: 'x'.repeat(3000) });
    expectProblem(res, 413);
    expect(res.body.type).toBe('urn:mai-am:problem:payloadTooLarge');
    expect(await count(t.dataSource, 'app_user')).toBe(before);
  });

  it('passes a body under BODY_LIMIT on to validation', async () => {
    const res = await postUser({ username: 'small.body', fullName: 'x'.repeat(1500) });
    expectProblem(res, 400);
    expect(res.body.type).toBe('urn:mai-am:problem:validation');
  });

  const preflight = (origin: string) =>
    t
      .http()
      .options('/api/v1/users')
      .set('Origin', origin)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type,if-match');

  it('allows a preflight from a configured origin', async () => {
    const res = await preflight('https://a.example');
    expect(res.status).toBeLessThan(300);
    expect(res.headers['access-control-allow-origin']).toBe('https://a.example');
    expect(res.headers['access-control-allow-methods']).toMatch(/POST/);
  });

  it('does not allow a preflight from another origin', async () => {
    const res = await preflight('https://evil.example');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('puts a request id on a preflight answer too', async () => {
    const res = await preflight('https://a.example');
    expect(res.headers['x-request-id']).toMatch(UUID);
  });

  it('exposes ETag and X-Request-Id to the configured origin', async () => {
    const res = await t.http().get('/health').set('Origin', 'https://a.example');
    expect(res.headers['access-control-allow-origin']).toBe('https://a.example');
    const exposed = res.headers['access-control-expose-headers'].toLowerCase();
    expect(exposed).toContain('etag');
    expect(exposed).toContain('x-request-id');
  });
});
