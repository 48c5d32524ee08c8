import { FIELD_RIGHTS, type FieldRights, type WritableRecord } from '../../src/auth/field-rights';
import { ALL_ROLES, Role } from '../../src/identity/role';
import { count, expectProblem } from '../support/test-app';
import { ID_SOURCES } from './access-matrix';
import {
  accessOf,
  call,
  type Operation,
  type Schema,
  SecurityApp,
  startSecurityApp,
} from './security-app';

/**
 * Field-level write rights (src/auth/field-rights.ts): every writable field of every PATCH/PUT
 * × every role. A refused field answers 403 naming it; an allowed one passes the guard and meets
 * validation (the probe value is never valid, so nothing is written); at the end no record and no
 * audit row has changed. Plus a few real writes: what the table allows does change the record.
 */

/** The record each PATCH/PUT of the document changes. A new one without a line here fails. */
const ROUTE_RECORDS: Record<string, WritableRecord> = {
  'PATCH /facilities/current': 'facility',
  'PATCH /rooms/{id}': 'room',
  'PUT /document-register/settings': 'documentRegister',
  'PATCH /users/{id}': 'user',
  'PATCH /residents/{id}': 'resident',
  'PATCH /residents/{id}/admission': 'admission',
  'PATCH /health-schedules/{id}': 'healthSchedule',
  'PATCH /follow-ups/{id}': 'followUp',
  'PATCH /reintegration-steps/{id}': 'reintegrationStep',
  'PATCH /enrollments/{id}': 'enrollment',
  'PATCH /results/{id}': 'termResult',
  'PATCH /vocational-trainings/{id}': 'vocationalTraining',
  'PATCH /daily-records/{id}': 'dailyRecord',
  'PUT /residents/{id}/nutrition-plan': 'nutritionPlan',
  'PATCH /cases/{id}': 'caseFile',
  'PATCH /referrals/{id}': 'referral',
  'PATCH /case-plans/{id}': 'casePlan',
  'PATCH /children-meetings/{id}': 'childrenMeeting',
  'PATCH /prescriptions/{id}': 'prescription',
  'PUT /staff-assignments': 'rota',
};

/** An object with an unknown key: no field of any DTO accepts it, so validation refuses it. */
const PROBE = { fieldRightsProbe: true };

function propertiesOf(schema: Schema | undefined): Record<string, Schema> {
  if (!schema) return {};
  return Object.assign(
    {},
    ...(schema.allOf ?? []).map((s) => propertiesOf(s)),
    schema.properties ?? {},
  ) as Record<string, Schema>;
}

/** The fields a body may carry, from the served document: `sensitive.hivStatus` for nested ones. */
function documentedFields(op: Operation, rights: Record<string, unknown>): string[] {
  return Object.entries(propertiesOf(op.bodySchema)).flatMap(([name, schema]) => {
    const nested = Object.keys(rights).some((f) => f.startsWith(`${name}.`));
    return nested ? Object.keys(propertiesOf(schema)).map((c) => `${name}.${c}`) : [name];
  });
}

function bodyOf(field: string): Record<string, unknown> {
  const [parent, child] = field.split('.');
  return child ? { [parent]: { [child]: PROBE } } : { [field]: PROBE };
}

describe('field rights (every writable field × every role)', () => {
  let sa: SecurityApp;
  const ops = (): Operation[] =>
    sa.ops.filter((op) => op.method === 'patch' || op.method === 'put');

  beforeAll(async () => {
    sa = await startSecurityApp();
  }, 180_000);
  afterAll(() => sa?.t.close());

  it('knows the record of every PATCH and PUT, and the table lists exactly the documented fields', () => {
    expect(
      ops()
        .map((op) => op.key)
        .sort(),
    ).toEqual(Object.keys(ROUTE_RECORDS).sort());
    for (const op of ops()) {
      const rights = FIELD_RIGHTS[ROUTE_RECORDS[op.key]];
      expect({ op: op.key, fields: documentedFields(op, rights).sort() }).toEqual({
        op: op.key,
        fields: Object.keys(rights).sort(),
      });
    }
  });

  it('gives categories and sensitive facts only to roles that may see them', () => {
    // A role that cannot see the HIV category must not be able to set or remove it blindly.
    for (const field of ['categories', 'sensitive.hivStatus', 'sensitive.hivConfirmedOn']) {
      const resident: FieldRights = FIELD_RIGHTS.resident;
      const roles = resident[field] ?? [];
      expect(roles).not.toContain(Role.Caretaker);
      expect(roles).not.toContain(Role.Officer);
    }
    expect(
      Object.values(FIELD_RIGHTS.resident as FieldRights).some((r) => r.includes(Role.Caretaker)),
    ).toBe(false);
  });

  it('refuses each field outside the role with 403 naming it, and lets the others through', async () => {
    const auditBefore = await count(sa.t.dataSource, 'audit_log');
    const snapshot = async (): Promise<string[]> => {
      const tables = ['facility', 'nutrition_plan', ...new Set(Object.values(ID_SOURCES))];
      return Promise.all(
        tables.map(async (table) => {
          const col = table === 'facility' ? 'id' : 'facility_id';
          const [row] = await sa.t.dataSource.query<{ h: string | null }[]>(
            `SELECT md5(string_agg(t::text, ',' ORDER BY t.id)) AS h FROM ${table} t WHERE ${col} = $1`,
            [sa.t.facilityA.id],
          );
          return `${table}: ${row?.h ?? 'empty'}`;
        }),
      );
    };
    const before = await snapshot();
    let checked = 0;
    let refused = 0;
    const failures: string[] = [];
    for (const op of ops()) {
      const rights = FIELD_RIGHTS[ROUTE_RECORDS[op.key]] as Record<string, readonly Role[]>;
      const routeRoles = accessOf(op)!.roles as readonly Role[];
      const version = sa.idsA.get(op.path.split('/')[3] ?? '')?.version ?? 1;
      for (const [field, allowed] of Object.entries(rights)) {
        for (const role of ALL_ROLES) {
          const res = await call(sa, op, {
            token: sa.own[role],
            id: sa.idOf(op),
            body: bodyOf(field),
            headers: { 'If-Match': `"${version}"` },
          });
          checked += 1;
          const errors = (res.body as { errors?: { field: string; code: string }[] }).errors ?? [];
          if (allowed.includes(role)) {
            if (res.status === 403 || res.status < 400)
              failures.push(
                `${op.key} ${field} as ${role}: ${res.status}, expected the guard to pass`,
              );
          } else {
            refused += 1;
            if (res.status !== 403)
              failures.push(`${op.key} ${field} as ${role}: ${res.status}, expected 403`);
            else if (
              routeRoles.includes(role) &&
              !errors.some((e) => e.field === field && e.code === 'fieldForbidden')
            )
              failures.push(
                `${op.key} ${field} as ${role}: 403 without an errors entry for the field`,
              );
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(await count(sa.t.dataSource, 'audit_log')).toBe(auditBefore);
    expect(await snapshot()).toEqual(before);
    // Recorded for the note: fields × roles checked.
    process.stdout.write(`field rights: ${checked} field × role requests, ${refused} refused\n`);
    expect(checked).toBeGreaterThan(700);
  }, 300_000);

  it('a caretaker cannot change the categories, identity or care instructions; nothing changes', async () => {
    const res = await sa.t
      .http()
      .get(`/api/v1/residents/${sa.idsA.get('residents')!.id}`)
      .set('Authorization', `Bearer ${sa.own.caretaker}`);
    expect(res.status).toBe(200);
    const before = res.body as { version: number; categories: string[]; fullName: string };
    for (const body of [
      { categories: ['k1_child_orphan'] },
      { fullName: 'Tên khác' },
      { personalId: '001203004005' },
      { dateOfBirth: '2015-01-01' },
      { careInstructions: 'Không cần giám sát' },
      { fullName: 'Tên khác', categories: ['k1_child_orphan'] },
    ]) {
      const patch = await sa.t
        .http()
        .patch(`/api/v1/residents/${sa.idsA.get('residents')!.id}`)
        .set('Authorization', `Bearer ${sa.own.caretaker}`)
        .set('If-Match', `"${before.version}"`)
        .send(body);
      expectProblem(patch, 403);
      expect(
        (patch.body as { errors: { field: string }[] }).errors.map((e) => e.field).sort(),
      ).toEqual(Object.keys(body).sort());
    }
    const after = await sa.t
      .http()
      .get(`/api/v1/residents/${sa.idsA.get('residents')!.id}`)
      .set('Authorization', `Bearer ${sa.own.admin}`);
    expect(after.body.version).toBe(before.version);
  });

  it('what the table allows does write: nurse the care instructions, social worker the categories', async () => {
    const id = sa.idsA.get('residents')!.id;
    const get = () =>
      sa.t.http().get(`/api/v1/residents/${id}`).set('Authorization', `Bearer ${sa.own.admin}`);
    const v1 = (await get()).body as { version: number; categories: string[] };
    const nurse = await sa.t
      .http()
      .patch(`/api/v1/residents/${id}`)
      .set('Authorization', `Bearer ${sa.own.nurse}`)
      .set('If-Match', `"${v1.version}"`)
      .send({ careInstructions: 'Cho ăn chậm, giám sát khi tắm' });
    expect(nurse.status).toBe(200);
    const refusedNurse = await sa.t
      .http()
      .patch(`/api/v1/residents/${id}`)
      .set('Authorization', `Bearer ${sa.own.nurse}`)
      .set('If-Match', `"${nurse.body.version}"`)
      .send({ categories: v1.categories });
    expectProblem(refusedNurse, 403);
    const social = await sa.t
      .http()
      .patch(`/api/v1/residents/${id}`)
      .set('Authorization', `Bearer ${sa.own.social_worker}`)
      .set('If-Match', `"${nurse.body.version}"`)
      .send({ categories: v1.categories, sensitive: { abuseHistory: 'Không' } });
    expect(social.status).toBe(200);
    const socialHiv = await sa.t
      .http()
      .patch(`/api/v1/residents/${id}`)
      .set('Authorization', `Bearer ${sa.own.social_worker}`)
      .set('If-Match', `"${social.body.version}"`)
      .send({ sensitive: { hivStatus: 'negative' } });
    expectProblem(socialHiv, 403);
    expect(socialHiv.body.errors).toEqual([
      expect.objectContaining({ field: 'sensitive.hivStatus', code: 'fieldForbidden' }),
    ]);
    expect((await get()).body.version).toBe(social.body.version);
  });
});
