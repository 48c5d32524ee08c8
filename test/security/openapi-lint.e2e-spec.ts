import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { OpenAPIObject } from '@nestjs/swagger';
import { Role } from '../../src/identity/role';
import { DEMO_USER_OF_ROLE, expectProblem, startTestApp, TestApp } from '../support/test-app';
import { ACCESS_MATRIX } from './access-matrix';
import { ACCEPTED_WARNINGS } from './openapi-lint-warnings';
import { fillPath, operationsOf } from './security-app';

const ROOT = join(__dirname, '..', '..');
const SPECTRAL = join(ROOT, 'node_modules', '.bin', 'spectral');
const SEVERITY = ['error', 'warning', 'info', 'hint'] as const;

interface Finding {
  code: string;
  message: string;
  path: string[];
  severity: 0 | 1 | 2 | 3;
}

/**
 * Spectral with the repository's .spectral.yaml (spectral:oas and the OWASP API Security
 * ruleset) on the document the service serves at /docs-json.
 */
async function lint(doc: OpenAPIObject): Promise<Finding[]> {
  const dir = mkdtempSync(join(tmpdir(), 'maiam-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    const out = join(dir, 'lint.json');
    writeFileSync(file, JSON.stringify(doc));
    // Exit code 1 means "findings"; the JSON report says which.
    await promisify(execFile)(
      SPECTRAL,
      ['lint', file, '--ruleset', join(ROOT, '.spectral.yaml'), '-f', 'json', '-o', out],
      { cwd: ROOT },
    ).catch((err: Error & { code?: number; stderr?: string }) => {
      if (err.code !== 1) throw new Error(`spectral failed: ${err.stderr ?? err.message}`);
    });
    return JSON.parse(readFileSync(out, 'utf8')) as Finding[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('OpenAPI lint (Spectral: spectral:oas + OWASP API Security)', () => {
  let t: TestApp;
  let findings: Finding[];
  let doc: OpenAPIObject;
  beforeAll(async () => {
    t = await startTestApp();
    const served = await t.http().get('/docs-json');
    expect(served.status).toBe(200);
    doc = served.body as OpenAPIObject;
    findings = await lint(doc);
    const counts: Record<string, number> = {};
    for (const f of findings) {
      const key = `${SEVERITY[f.severity]} ${f.code}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    process.stdout.write(`spectral findings: ${JSON.stringify(counts)}\n`);
  }, 120_000);
  afterAll(() => t.close());

  it('finds no error in the served document', () => {
    const errors = findings
      .filter((f) => f.severity === 0)
      .map((f) => `${f.code} at ${f.path.join('.')}: ${f.message}`);
    expect(errors).toEqual([]);
  });

  it('gives only warnings that docs/security.md lists with a reason, and lists no stale one', () => {
    const warned = [...new Set(findings.filter((f) => f.severity === 1).map((f) => f.code))];
    expect(warned.filter((code) => !(code in ACCEPTED_WARNINGS))).toEqual([]);
    expect(Object.keys(ACCEPTED_WARNINGS).filter((code) => !warned.includes(code))).toEqual([]);
    const doc = readFileSync(join(ROOT, 'docs', 'security.md'), 'utf8');
    for (const [code, reason] of Object.entries(ACCEPTED_WARNINGS)) {
      expect(doc).toContain(`\`${code}\``);
      expect(doc).toContain(reason);
    }
  });

  it('calls every path parameter a UUID, and the service does refuse a GET whose id is not one', async () => {
    const gets = operationsOf(doc).filter((op) => op.method === 'get' && op.path.includes('{'));
    expect(gets.length).toBeGreaterThan(20);
    for (const op of gets) {
      const roles = ACCESS_MATRIX[op.key]?.roles;
      if (!Array.isArray(roles) || roles.length === 0) throw new Error(`${op.key}: no roles`);
      const token = await t.token(DEMO_USER_OF_ROLE[roles[0] as Role]);
      const res = await t
        .http()
        .get(fillPath(op.path, 'not-a-uuid'))
        .set('Authorization', `Bearer ${token}`);
      expectProblem(res, 400);
      expect(res.body.errors).toEqual([expect.objectContaining({ code: 'isUuid' })]);
    }
    const pathParams = Object.values(doc.paths).flatMap((item) =>
      Object.values(item as Record<string, { parameters?: { in: string; schema: unknown }[] }>)
        .flatMap((op) => op.parameters ?? [])
        .filter((p) => p.in === 'path'),
    );
    expect(pathParams.length).toBeGreaterThan(50);
    for (const p of pathParams) expect(p.schema).toMatchObject({ format: 'uuid', maxLength: 36 });
  });
});
