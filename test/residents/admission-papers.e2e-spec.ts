import { raiseEmergencyDeadlineAlerts } from '../../src/residents/admission/emergency-deadlines.job';
import { expectProblem, startTestApp, TestApp } from '../support/test-app';
import { emergencyBody, residentsApi, today, tomorrow } from './resident-fixtures';

interface AdmissionBody {
  id: string;
  decisionNo: string | null;
  decisionDate: string | null;
  dossier: { present: string[]; missing: string[] };
  passedDeadlines: { deadline: string }[];
  version: number;
}

describe('PATCH /residents/:id/admission (the papers completed after an admission)', () => {
  let t: TestApp;
  let api: ReturnType<typeof residentsApi>;
  let admin: string;
  let social: string;
  let nurse: string;
  let carer: string;
  let admin2: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = residentsApi(t);
    [admin, social, nurse, carer, admin2] = await Promise.all(
      (['admin', 'social', 'nurse', 'carer', 'admin2'] as const).map((u) => t.token(u)),
    );
  });
  afterAll(() => t.close());

  const patch = (token: string, id: string, body: Record<string, unknown>, ifMatch?: string) => {
    const req = t
      .http()
      .patch(`/api/v1/residents/${id}/admission`)
      .set('Authorization', `Bearer ${token}`);
    if (ifMatch !== undefined) req.set('If-Match', ifMatch);
    return req.send(body);
  };
  const admissionOf = async (id: string): Promise<AdmissionBody> =>
    (await api.get(admin, id)).body.admission as AdmissionBody;
  const dossierAlert = async (admissionId: string) =>
    t.dataSource.query<{ status: string }[]>(
      `SELECT status FROM alert WHERE kind = 'emergency_dossier_due' AND source_id = $1`,
      [admissionId],
    );

  /** An emergency intake of February, its dossier long overdue, its alert raised by the job. */
  async function overdueIntake() {
    const { id } = await api.admitted(admin, emergencyBody());
    const admission = await admissionOf(id);
    await raiseEmergencyDeadlineAlerts(t.dataSource.manager);
    expect(await dossierAlert(admission.id)).toEqual([{ status: 'open' }]);
    return { id, admission };
  }

  it('records the decision and the papers that came; the dossier complete, its alert closes', async () => {
    const { id, admission } = await overdueIntake();
    expect(admission.decisionNo).toBeNull();
    expect(admission.dossier.missing).toContain('admission_decision');
    expect(admission.passedDeadlines.map((p) => p.deadline)).toContain('dossier');

    const res = await patch(
      social,
      id,
      {
        decisionNo: '58/QĐ-TTBTXH',
        decisionDate: '2026-02-20',
        dossierPresent: [...admission.dossier.present, ...admission.dossier.missing].filter(
          (d) => d !== 'intake_record',
        ),
      },
      `"${String(admission.version)}"`,
    );
    expect(res.status).toBe(200);
    const after = res.body as AdmissionBody;
    expect(after).toMatchObject({
      id: admission.id,
      decisionNo: '58/QĐ-TTBTXH',
      decisionDate: '2026-02-20',
      version: admission.version + 1,
    });
    expect(res.headers.etag).toBe(`"${String(admission.version + 1)}"`);
    expect(after.dossier.missing).toEqual([]);
    expect(after.passedDeadlines.map((p) => p.deadline)).not.toContain('dossier');
    expect(await dossierAlert(admission.id)).toEqual([{ status: 'closed' }]);
    // Closed for good: the job does not raise it again.
    await raiseEmergencyDeadlineAlerts(t.dataSource.manager);
    expect(await dossierAlert(admission.id)).toEqual([{ status: 'closed' }]);
    const audit = await t.dataSource.query<{ changes: Record<string, unknown> }[]>(
      `SELECT changes FROM audit_log WHERE entity = 'admission' AND entity_id = $1 AND action = 'update'`,
      [admission.id],
    );
    expect(audit).toHaveLength(1);
    expect(Object.keys(audit[0]?.changes ?? {})).toEqual(
      expect.arrayContaining(['decisionNo', 'decisionDate', 'dossierPresent']),
    );
  });

  it('keeps the alert open while only some papers came (no decision yet)', async () => {
    const { id, admission } = await overdueIntake();
    const res = await patch(
      admin,
      id,
      { dossierPresent: ['birth_certificate'] },
      `"${String(admission.version)}"`,
    );
    expect(res.status).toBe(200);
    expect((res.body as AdmissionBody).dossier.present).toContain('birth_certificate');
    expect(await dossierAlert(admission.id)).toEqual([{ status: 'open' }]);
  });

  it('refuses, changing nothing: stale or missing If-Match, a decision without its number, a future date, bad fields', async () => {
    const { id, admission } = await overdueIntake();
    const v = `"${String(admission.version)}"`;
    expectProblem(
      await patch(admin, id, { decisionNo: '1/QĐ' }, `"${String(admission.version + 5)}"`),
      412,
    );
    expectProblem(await patch(admin, id, { decisionNo: '1/QĐ' }), 428);
    const noNumber = await patch(admin, id, { dossierPresent: ['admission_decision'] }, v);
    expectProblem(noNumber, 400);
    expect(noNumber.body.errors).toEqual([
      expect.objectContaining({ field: 'dossierPresent', code: 'decisionMissing' }),
    ]);
    const future = await patch(
      admin,
      id,
      { decisionNo: '2/QĐ', decisionDate: tomorrow(), dossierPresent: ['admission_decision'] },
      v,
    );
    expectProblem(future, 400);
    expect(future.body.errors).toEqual([
      expect.objectContaining({ field: 'decisionDate', code: 'futureDate' }),
    ]);
    expectProblem(await patch(admin, id, { dossierPresent: ['passport'] }, v), 400);
    expectProblem(await patch(admin, id, { dossierPresent: 'birth_certificate' }, v), 400);
    expectProblem(await patch(admin, id, { decisionNo: 'x'.repeat(51) }, v), 400);
    expectProblem(await patch(admin, id, { decisionDate: '2026-02-30' }, v), 400);
    expectProblem(await patch(admin, id, { admittedOn: today() }, v), 400);
    expect(await admissionOf(id)).toEqual(admission);
  });

  it('is for the admin and the social worker of the facility only', async () => {
    const { id, admission } = await overdueIntake();
    const v = `"${String(admission.version)}"`;
    expectProblem(await patch(nurse, id, { decisionNo: '3/QĐ' }, v), 403);
    expectProblem(await patch(carer, id, { decisionNo: '3/QĐ' }, v), 403);
    expectProblem(await patch(admin2, id, { decisionNo: '3/QĐ' }, v), 404);
    expect(await admissionOf(id)).toEqual(admission);
  });
});
