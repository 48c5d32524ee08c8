import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { expectProblem, startTestApp, TestApp } from '../support/test-app';

/** A stand-in for web/dist, so this test does not depend on the web build. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maiam-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="vi"><head><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'export {};\n');
  // A large script with the build's precompressed copies beside it (web/vite.config.ts).
  const big = Buffer.from(`export const text = ${JSON.stringify('Mái Ấm '.repeat(2000))};\n`);
  writeFileSync(join(dir, 'assets', 'big-def456.js'), big);
  writeFileSync(join(dir, 'assets', 'big-def456.js.br'), brotliCompressSync(big));
  writeFileSync(join(dir, 'assets', 'big-def456.js.gz'), gzipSync(big));
  // The build's list of the chunks each lazy route needs (web/vite.config.ts, routePreloads).
  writeFileSync(join(dir, 'assets', 'RoomRoundRoute-aaa111.js'), 'export {};\n');
  writeFileSync(join(dir, 'assets', 'round-bbb222.js'), 'export {};\n');
  mkdirSync(join(dir, '.vite'));
  writeFileSync(
    join(dir, '.vite', 'route-preloads.json'),
    JSON.stringify({
      routes: [
        {
          path: '/round/:roomId',
          modules: [
            '/assets/RoomRoundRoute-aaa111.js',
            '/assets/round-bbb222.js',
            // A file the build listed but the directory lacks: never linked.
            '/assets/gone-ccc333.js',
          ],
          styles: [],
        },
        { path: '/login', modules: ['/assets/LoginRoute-ddd444.js'], styles: [] },
      ],
    }),
  );
  return dir;
}

describe('the staff web app at /', () => {
  let t: TestApp;
  const dist = fakeBuild();

  beforeAll(async () => {
    t = await startTestApp({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('answers the app at / as HTML, not cached, under the strict CSP', async () => {
    const res = await t.http().get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<div id="root">');
    expect(res.headers['cache-control']).toBe('no-cache');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/script-src-attr 'none'/);
    // The report preview frames a blob: URL of the PDF; nothing else is loosened.
    expect(csp).toMatch(/frame-src 'self' blob:(;|$)/);
    expect(csp).toMatch(/default-src 'self'(;|$)/);
    expect(csp).toMatch(/object-src 'none'/);
  });

  it('answers the same HTML for any app route, so a reload keeps the page', async () => {
    const root = await t.http().get('/');
    for (const path of ['/round', '/some/route', '/residents/3f1e?tab=health', '/round/1/x/y']) {
      const res = await t.http().get(path);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toBe(root.text);
    }
  });

  it("answers a lazy route's HTML with a modulepreload of its chunks, under the same CSP", async () => {
    const root = await t.http().get('/');
    for (const path of ['/round/3f1e', '/round/3f1e/']) {
      const res = await t.http().get(path);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toBe(root.headers['content-security-policy']);
      const preloads = [
        ...res.text.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g),
      ];
      expect(preloads.map((m) => m[1])).toEqual([
        '/assets/RoomRoundRoute-aaa111.js',
        '/assets/round-bbb222.js',
      ]);
      // In the head, after the entry, and nothing else changed: no inline script.
      expect(res.text.indexOf('modulepreload')).toBeLessThan(res.text.indexOf('</head>'));
      expect(res.text.replace(/<link rel="modulepreload"[^>]*>/g, '')).toBe(root.text);
      for (const [, href] of preloads) {
        expect((await t.http().get(href ?? '')).status).toBe(200);
      }
    }
    // A route whose files are not in the build gets no link at all.
    expect((await t.http().get('/login')).text).toBe(root.text);
  });

  it('serves the hashed assets with a long cache life', async () => {
    const res = await t.http().get('/assets/app-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toMatch(/max-age=31536000, immutable/);
  });

  it('answers the precompressed copy a browser accepts, brotli first, with a long cache life', async () => {
    const br = await t
      .http()
      .get('/assets/big-def456.js')
      .set('Accept-Encoding', 'gzip, deflate, br')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    expect(br.headers['vary']).toMatch(/Accept-Encoding/);
    expect(br.headers['cache-control']).toMatch(/max-age=31536000, immutable/);
    expect(Number(br.headers['content-length'])).toBeLessThan(2000);

    const gzip = await t.http().get('/assets/big-def456.js').set('Accept-Encoding', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.text).toContain('Mái Ấm Mái Ấm');

    const plain = await t.http().get('/assets/big-def456.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/);
    expect(plain.text).toContain('Mái Ấm Mái Ấm');
    expect(plain.headers['cache-control']).toMatch(/max-age=31536000, immutable/);
  });

  it('keeps the API, Swagger and health paths to the service', async () => {
    const nope = await t.http().get('/api/v1/nope');
    expectProblem(nope, 404);
    expectProblem(await t.http().get('/api/v1'), 404);
    expectProblem(await t.http().get('/assets/missing.js'), 404);
    expect((await t.http().get('/health')).headers['content-type']).toMatch(/json/);
    const docs = await t.http().get('/docs-json');
    expect(docs.status).toBe(200);
    expect(docs.body.openapi).toMatch(/^3\./);
  });

  it('answers a POST to a non-API path as the API does, not with the app', async () => {
    const res = await t.http().post('/round').send({});
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
