import { ALL_ROLES, Role } from '../../src/identity/role';
import { count, expectProblem } from '../support/test-app';
import { ACCESS_MATRIX, ID_SOURCES } from './access-matrix';
import {
  ABSENT_ID,
  accessOf,
  call,
  hasPathId,
  idSegmentOf,
  missingEntryMessage,
  Operation,
  SecurityApp,
  startSecurityApp,
} from './security-app';

/** A body no route accepts (unknown field): an allowed caller gets a 4xx, never a write. */
const PROBE = { matrixProbe: true };

type Outcome = { status: number } | 'passes-guard';

/**
 * The expected answer to a request. "passes-guard" is a 4xx that is neither 401 nor 403: the
 * guard let the caller through and validation (or the missing record) refused the request.
 */
function expected(
  op: Operation,
  role: Role | 'none' | 'expired' | 'forged',
  scope: 'own' | 'other',
): Outcome {
  const access = accessOf(op)!;
  const write = op.method !== 'get';
  if (access.roles === 'public') return write ? 'passes-guard' : { status: 200 };
  if (role === 'none' || role === 'expired' || role === 'forged') return { status: 401 };
  if (!access.roles.includes(role)) return { status: 403 };
  if (scope === 'other' && hasPathId(op)) return write ? 'passes-guard' : { status: 404 };
  return write ? 'passes-guard' : { status: 200 };
}

/** The request of a scenario: see docs/security.md for why each looks as it does. */
function requestFor(
  sa: SecurityApp,
  op: Operation,
  scope: 'own' | 'other',
): { id?: string; body?: unknown; headers?: Record<string, string> } {
  const write = op.method !== 'get';
  const realId = sa.idOf(op);
  if (!write) return { id: realId, body: undefined };
  if (!op.bodyType) return { id: scope === 'own' ? ABSENT_ID : realId, body: undefined };
  if (scope === 'other' && hasPathId(op)) {
    // A well-formed request on facility A's record from facility B: 404 when the body is
    // accepted (PATCH with an all-optional DTO), 400 when it is not; never a change (checked).
    const version = sa.idsA.get(idSegmentOf(op.path) ?? '')?.version;
    return {
      id: realId,
      body: {},
      headers: op.method === 'patch' ? { 'If-Match': `"${version ?? 1}"` } : {},
    };
  }
  return { id: realId, body: op.bodyType === 'application/json' ? PROBE : undefined };
}

function matches(outcome: Outcome, status: number): boolean {
  if (outcome === 'passes-guard')
    return status >= 400 && status < 500 && ![401, 403].includes(status);
  return outcome.status === status;
}

const show = (o: Outcome) => (o === 'passes-guard' ? '4xx (not 401/403)' : String(o.status));

describe('authorization matrix (every route of /docs-json × every role × facility × token)', () => {
  let sa: SecurityApp;
  const checked = { requests: 0 };
  /** `own 400: 12`: how the allowed writes were refused, for the report. */
  const tally = new Map<string, number>();
  let auditBefore: number;
  let bodyRowsBefore: Record<string, number>;

  beforeAll(async () => {
    sa = await startSecurityApp();
    auditBefore = await auditCount();
    bodyRowsBefore = await rowCounts();
  }, 180_000);
  afterAll(async () => {
    // The figure docs/security.md quotes.
    process.stdout.write(
      `authorization matrix: ${checked.requests} requests checked; allowed writes answered ` +
        `${JSON.stringify(Object.fromEntries([...tally].sort()))}\n`,
    );
    await sa.t.close();
  });

  /** Audit entries other than logins/logouts and sensitive reads (a read is not a write). */
  const auditCount = async () =>
    Number(
      (
        await sa.t.dataSource.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM audit_log WHERE action NOT IN ('login', 'logout', 'read')`,
        )
      )[0]?.n,
    );
  const rowCounts = async () =>
    Object.fromEntries(
      await Promise.all(
        [...new Set(Object.values(ID_SOURCES))].map(
          async (table) => [table, await count(sa.t.dataSource, table)] as const,
        ),
      ),
    );

  it('enumerates the routes from the served OpenAPI document', async () => {
    const served = await sa.t.http().get('/docs-json');
    expect(served.status).toBe(200);
    expect(Object.keys(served.body.paths as object).sort()).toEqual(
      Object.keys(sa.doc.paths).sort(),
    );
    expect(sa.ops.length).toBeGreaterThan(60);
  });

  it('has an entry in access-matrix.ts for every route, and none for a route that is gone', () => {
    const missing = sa.ops.filter((op) => !accessOf(op)).map(missingEntryMessage);
    expect(missing).toEqual([]);
    const known = new Set(sa.ops.map((op) => op.key));
    const stale = Object.keys(ACCESS_MATRIX).filter((key) => !known.has(key));
    expect(stale).toEqual([]);
  });

  it('has a real record of facility A for every kind of path id (ID_SOURCES)', () => {
    const missing = sa.ops
      .filter(hasPathId)
      .filter((op) => !sa.idOf(op))
      .map(
        (op) =>
          `${op.key}: no id for segment '${idSegmentOf(op.path)}' — add it to ID_SOURCES in ` +
          `test/security/access-matrix.ts (or create such a record in security-app.ts)`,
      );
    expect(missing).toEqual([]);
  });

  const run = async (
    scope: 'own' | 'other',
    principals: (Role | 'none' | 'expired' | 'forged')[],
  ): Promise<string[]> => {
    const failures: string[] = [];
    for (const op of sa.ops.filter((o) => accessOf(o))) {
      for (const who of principals) {
        const token =
          who === 'none'
            ? undefined
            : who === 'expired'
              ? sa.expired
              : who === 'forged'
                ? sa.forged
                : scope === 'own'
                  ? sa.own[who]
                  : sa.other[who];
        const res = await call(sa, op, { token, ...requestFor(sa, op, scope) });
        checked.requests++;
        const want = expected(op, who, scope);
        if (want === 'passes-guard') {
          const k = `${scope} ${res.status}`;
          tally.set(k, (tally.get(k) ?? 0) + 1);
        }
        if (!matches(want, res.status)) {
          failures.push(`${op.key} as ${who} (${scope}): ${res.status}, expected ${show(want)}`);
        } else if (res.status >= 400) {
          try {
            expectProblem(res, res.status);
          } catch {
            failures.push(`${op.key} as ${who} (${scope}): ${res.status} is not problem+json`);
          }
        }
      }
    }
    return failures;
  };

  it('answers no token, an expired token and a forged token with 401 (public routes: not 401)', async () => {
    expect(await run('own', ['none', 'expired', 'forged'])).toEqual([]);
  }, 120_000);

  it('answers every role of the own facility (and the province officer) as the matrix says', async () => {
    expect(await run('own', [...ALL_ROLES])).toEqual([]);
  }, 120_000);

  it("answers every role of another facility (and province) 404 for facility A's records", async () => {
    expect(await run('other', [...ALL_ROLES])).toEqual([]);
  }, 120_000);

  it('shows no record of facility A to facility B or another province in any list', async () => {
    const residents = await sa.t.dataSource.query<{ id: string; full_name: string }[]>(
      'SELECT id, full_name FROM resident WHERE facility_id = $1',
      [sa.t.facilityA.id],
    );
    const needles = [...residents.map((r) => r.id), ...residents.map((r) => r.full_name)];
    needles.push(...[...sa.idsA.values()].map((v) => v.id));
    const leaks: string[] = [];
    for (const op of sa.ops.filter((o) => o.method === 'get' && !hasPathId(o))) {
      const access = accessOf(op);
      if (!access || access.roles === 'public') continue;
      for (const role of access.roles) {
        const res = await call(sa, op, { token: sa.other[role] });
        checked.requests++;
        if (res.status !== 200) leaks.push(`${op.key} as ${role} of B: ${res.status}`);
        const text = Buffer.isBuffer(res.body) ? res.body.toString('latin1') : res.text;
        const found = needles.filter((n) => text.includes(n));
        if (found.length > 0)
          leaks.push(`${op.key} as ${role} of B shows ${found.slice(0, 3).join(', ')}`);
      }
    }
    expect(leaks).toEqual([]);
  }, 120_000);

  it('wrote nothing: no audited change and the same row counts after all of the above', async () => {
    expect(await auditCount()).toBe(auditBefore);
    expect(await rowCounts()).toEqual(bodyRowsBefore);
  });

  it('knows the roles of the matrix (a typo in a role is caught)', () => {
    const unknown = Object.entries(ACCESS_MATRIX).filter(
      ([, a]) => a.roles !== 'public' && a.roles.some((r) => !ALL_ROLES.includes(r)),
    );
    expect(unknown).toEqual([]);
  });
});
