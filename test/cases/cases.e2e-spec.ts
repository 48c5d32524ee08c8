import { addMonths } from '../../src/calendar/dates';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import { emergencyBody, fieldsOf, residentsApi, today } from '../residents/resident-fixtures';
import { assessmentBody, CaseBody, casesApi, monthsAgo, planBody } from './case-fixtures';

describe('case management: the case and its five steps', () => {
  let t: TestApp;
  let api: ReturnType<typeof casesApi>;
  let admin: string;
  let social: string;
  let nurse: string;
  let carer: string;
  let officer: string;
  let admin2: string;
  let socialId: string;

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
    socialId = await api.userId('social');
  }, 60_000);
  afterAll(() => t.close());

  it('opens a case in step 1 at admission, in the admission transaction, with the social worker', async () => {
    const residentId = await api.resident(admin);
    const c = await api.openCase(social, residentId);
    expect(c).toEqual(
      expect.objectContaining({
        residentId,
        step: 'assessment',
        caseWorkerId: socialId,
        openedOn: monthsAgo(3),
        protection: false,
      }),
    );
    const audit: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'case_file' AND entity_id = $1 AND action = 'create'`,
      [c.id],
    );
    expect(audit[0]?.n).toBe(1);
    // An emergency-protection admission is a protection case.
    const emergency = await residentsApi(t).admitted(
      social,
      emergencyBody({
        admittedOn: today(),
        emergency: { foundAt: 'Chợ', foundOn: today(), foundBy: 'Công an phường' },
      }),
    );
    expect((await api.openCase(social, emergency.id)).protection).toBe(true);
  });

  it('refuses a second open case for the same stay (409) and changes nothing', async () => {
    const residentId = await api.resident(social);
    const before = await count(t.dataSource, 'case_file');
    const res = await api.post(social, `/residents/${residentId}/cases`, {});
    expectProblem(res, 409);
    expect(await count(t.dataSource, 'case_file')).toBe(before);
  });

  it('opens a case for a resident without one; validates the case worker and the date', async () => {
    const residentId = await api.resident(admin);
    // A resident admitted before the module existed: no case.
    await t.dataSource.query(
      `UPDATE case_file SET step = 'closed', closed_on = $2 WHERE resident_id = $1`,
      [residentId, today()],
    );
    const before = await count(t.dataSource, 'case_file');
    const nurseId = await api.userId('nurse');
    const bad = await api.post(admin, `/residents/${residentId}/cases`, {
      caseWorkerId: nurseId,
      openedOn: monthsAgo(12),
    });
    expectProblem(bad, 400);
    expect(fieldsOf(bad).sort()).toEqual(['caseWorkerId', 'openedOn']);
    const malformed = await api.post(admin, `/residents/${residentId}/cases`, {
      caseWorkerId: 'x',
      openedOn: '2026-02-30',
      protection: 'yes',
      step: 'monitoring',
    });
    expectProblem(malformed, 400);
    expect(fieldsOf(malformed).sort()).toEqual(['caseWorkerId', 'openedOn', 'protection', 'step']);
    expect(await count(t.dataSource, 'case_file')).toBe(before);
    const opened = await api.post(admin, `/residents/${residentId}/cases`, {
      caseWorkerId: socialId,
    });
    expect(opened.status).toBe(201);
    expect(opened.body.step).toBe('assessment');
  });

  it('answers 404 for another facility’s resident or case, 403 for roles that do not run cases', async () => {
    const residentId = await api.resident(admin);
    const c = await api.openCase(admin, residentId);
    expectProblem(await api.get(admin2, `/residents/${residentId}/cases`), 404);
    expectProblem(await api.get(admin2, `/cases/${c.id}`), 404);
    expectProblem(
      await api.patch(admin2, `/cases/${c.id}`, { protection: true }, `"${c.version}"`),
      404,
    );
    expectProblem(
      await api.post(admin2, `/residents/${residentId}/assessments`, assessmentBody()),
      404,
    );
    for (const token of [nurse, carer, officer]) {
      expectProblem(await api.get(token, `/residents/${residentId}/cases`), 403);
      expectProblem(
        await api.post(token, `/residents/${residentId}/assessments`, assessmentBody()),
        403,
      );
    }
    expectProblem(await api.get(admin, `/cases/not-a-uuid`), 400);
  });

  it('takes a resident through all five steps through the API', async () => {
    const residentId = await api.resident(social);
    // Step 1 → 2: the assessment moves the case to planning.
    const assessed = await api.post(
      social,
      `/residents/${residentId}/assessments`,
      assessmentBody(),
    );
    expect(assessed.status).toBe(201);
    let c = await api.openCase(social, residentId);
    expect(c.step).toBe('planning');
    expect(c.planningSince).toBe(monthsAgo(2));

    // Step 2: a draft plan, edited, approved by the admin → implementation.
    const plan = await api.planned(social, residentId, socialId);
    expect(plan.status).toBe('draft');
    const edited = await api.patch(
      social,
      `/case-plans/${plan.id}`,
      { reviewFrequency: 'quarterly' },
      `"${plan.version}"`,
    );
    expect(edited.status).toBe(200);
    expect(edited.headers.etag).toBe(`"${edited.body.version}"`);
    expectProblem(
      await api.post(social, `/case-plans/${plan.id}/approve`, {}, `"${edited.body.version}"`),
      403,
    );
    expectProblem(
      await api.post(admin, `/case-plans/${plan.id}/approve`, {}, `"${plan.version}"`),
      412,
    );
    const approved = await api.approved(admin, plan.id, edited.body.version as number);
    expect(approved.status).toBe('approved');
    expect(approved.nextReviewOn).toBe(monthsAgo(-1));
    c = await api.openCase(social, residentId);
    expect(c.step).toBe('implementation');
    // An approved plan changes only through a review.
    expectProblem(
      await api.patch(
        social,
        `/case-plans/${plan.id}`,
        { reviewFrequency: 'monthly' },
        `"${approved.version}"`,
      ),
      409,
    );

    // Step 4: a review → monitoring; it revises the plan (a new draft revision).
    const review = await api.post(social, `/case-plans/${plan.id}/reviews`, {
      reviewedOn: monthsAgo(1),
      goals: [
        { key: 'G1', status: 'achieved', note: 'Đã đi học lại' },
        { key: 'G2', status: 'in_progress' },
      ],
      summary: 'Tiến bộ tốt',
      revision: {
        reviewFrequency: 'monthly',
        goals: [
          { key: 'G2', domain: 'psychosocial', goal: 'Ngủ ngon, bớt lo âu' },
          { key: 'G3', domain: 'family_relations', goal: 'Gặp bà ngoại hằng tháng' },
        ],
      },
    });
    expect(review.status).toBe(201);
    expect(review.body.review.goals).toEqual([
      { key: 'G1', status: 'achieved', note: 'Đã đi học lại' },
      { key: 'G2', status: 'in_progress', note: null },
    ]);
    expect(review.body.plan.goals.find((g: { key: string }) => g.key === 'G1').status).toBe(
      'achieved',
    );
    expect(review.body.plan.nextReviewOn).toBe(addMonths(monthsAgo(1), 3));
    const revision = review.body.revision as {
      id: string;
      revision: number;
      status: string;
      version: number;
      previousPlanId: string;
    };
    expect(revision).toEqual(
      expect.objectContaining({ revision: 2, status: 'draft', previousPlanId: plan.id }),
    );
    c = await api.openCase(social, residentId);
    expect(c.step).toBe('monitoring');
    expect(c.monitoringSince).toBe(monthsAgo(1));
    // Approving the revision supersedes the first plan; the case stays in monitoring.
    await api.approved(admin, revision.id, revision.version);
    const plans = await api.get(social, `/residents/${residentId}/case-plans`);
    expect(
      plans.body.items
        .map((p: { revision: number; status: string }) => [p.revision, p.status])
        .sort(),
    ).toEqual([
      [1, 'superseded'],
      [2, 'approved'],
    ]);
    expect((await api.openCase(social, residentId)).step).toBe('monitoring');
    const reviews = await api.get(social, `/case-plans/${plan.id}/reviews`);
    expect(reviews.body.items).toHaveLength(1);
    expect(reviews.body.items[0].goals).toEqual(review.body.review.goals);

    // Step 5: closing needs the evaluation (409 without); then it closes.
    const beforeClose = await api.openCase(social, residentId);
    const refused = await api.post(
      social,
      `/cases/${beforeClose.id}/close`,
      { closedOn: today(), reason: 'goals_met' },
      `"${beforeClose.version}"`,
    );
    expectProblem(refused, 409);
    expect((await api.get(social, `/cases/${beforeClose.id}`)).body.step).toBe('monitoring');
    const evaluated = await api.post(
      social,
      `/cases/${beforeClose.id}/evaluation`,
      { evaluatedOn: today(), outcome: 'goals_met', evaluation: 'Em ổn định, đi học đều' },
      `"${beforeClose.version}"`,
    );
    expect(evaluated.status).toBe(200);
    expectProblem(
      await api.post(
        social,
        `/cases/${beforeClose.id}/close`,
        { closedOn: today(), reason: 'goals_met' },
        `"${beforeClose.version}"`,
      ),
      412,
    );
    expectProblem(
      await api.post(social, `/cases/${beforeClose.id}/close`, {
        closedOn: today(),
        reason: 'goals_met',
      }),
      428,
    );
    const closed = await api.post(
      social,
      `/cases/${beforeClose.id}/close`,
      { closedOn: today(), reason: 'goals_met' },
      `"${evaluated.body.version}"`,
    );
    expect(closed.status).toBe(200);
    expect(closed.body).toEqual(
      expect.objectContaining({ step: 'closed', closedOn: today(), closureReason: 'goals_met' }),
    );
    // Nothing more is recorded in a closed case.
    expectProblem(
      await api.post(social, `/residents/${residentId}/assessments`, assessmentBody()),
      409,
    );
  });

  it('refuses a plan before an assessment (409), a plan without goals, bad goal references and owners (400)', async () => {
    const residentId = await api.resident(social);
    const before = await count(t.dataSource, 'intervention_plan');
    expectProblem(
      await api.post(social, `/residents/${residentId}/case-plans`, planBody(socialId)),
      409,
    );
    await api.assessed(social, residentId);
    const noGoals = await api.post(
      social,
      `/residents/${residentId}/case-plans`,
      planBody(socialId, { goals: [] }),
    );
    expectProblem(noGoals, 400);
    expect(fieldsOf(noGoals)).toEqual(['goals']);
    const officerId = await api.userId('officer');
    const badRefs = await api.post(
      social,
      `/residents/${residentId}/case-plans`,
      planBody(socialId, {
        startsOn: monthsAgo(4),
        activities: [{ description: 'x', goalKey: 'G9', ownerId: officerId, dueOn: today() }],
      }),
    );
    expectProblem(badRefs, 400);
    expect(fieldsOf(badRefs).sort()).toEqual([
      'activities.0.goalKey',
      'activities.0.ownerId',
      'startsOn',
    ]);
    const malformed = await api.post(social, `/residents/${residentId}/case-plans`, {
      startsOn: 'tomorrow',
      reviewFrequency: 'weekly',
      goals: [{ key: 'G 1', domain: 'happiness', goal: 'x'.repeat(501) }],
    });
    expectProblem(malformed, 400);
    expect(fieldsOf(malformed).sort()).toEqual([
      'goals.0.domain',
      'goals.0.goal',
      'goals.0.key',
      'reviewFrequency',
      'startsOn',
    ]);
    expect(await count(t.dataSource, 'intervention_plan')).toBe(before);
    // One first plan per case.
    await api.planned(social, residentId, socialId);
    expectProblem(
      await api.post(social, `/residents/${residentId}/case-plans`, planBody(socialId)),
      409,
    );
  });

  it('refuses a review before the plan’s start (400), of a draft (409), with unknown goals; 404 across facilities', async () => {
    const residentId = await api.resident(social);
    await api.assessed(social, residentId);
    const plan = await api.planned(social, residentId, socialId, { startsOn: monthsAgo(1) });
    const review = (over: Record<string, unknown>) => ({
      reviewedOn: today(),
      goals: [{ key: 'G1', status: 'in_progress' }],
      ...over,
    });
    expectProblem(await api.post(social, `/case-plans/${plan.id}/reviews`, review({})), 409);
    await api.approved(admin, plan.id, plan.version);
    const before = await count(t.dataSource, 'plan_review');
    const early = await api.post(
      social,
      `/case-plans/${plan.id}/reviews`,
      review({ reviewedOn: monthsAgo(2) }),
    );
    expectProblem(early, 400);
    expect(early.body.errors[0]).toEqual(
      expect.objectContaining({ field: 'reviewedOn', code: 'beforePlanStart' }),
    );
    const unknown = await api.post(
      social,
      `/case-plans/${plan.id}/reviews`,
      review({ goals: [{ key: 'G7', status: 'achieved' }] }),
    );
    expectProblem(unknown, 400);
    expect(fieldsOf(unknown)).toEqual(['goals.0.key']);
    expectProblem(
      await api.post(social, `/case-plans/${plan.id}/reviews`, review({ goals: [] })),
      400,
    );
    // The former shape (`progress: [{ goalKey, progress }]`) is an unknown field, alone or beside
    // `goals`: the ordinary 400, nothing recorded (the count below) and the plan's goals untouched.
    const former = { progress: [{ goalKey: 'G1', progress: 'achieved' }] };
    const formerOnly = await api.post(social, `/case-plans/${plan.id}/reviews`, {
      reviewedOn: today(),
      ...former,
    });
    expectProblem(formerOnly, 400);
    expect(formerOnly.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'progress', code: 'unknownField' }),
        expect.objectContaining({ field: 'goals', code: 'isDefined' }),
      ]),
    );
    const formerBeside = await api.post(social, `/case-plans/${plan.id}/reviews`, review(former));
    expectProblem(formerBeside, 400);
    expect(formerBeside.body.errors).toEqual([
      expect.objectContaining({ field: 'progress', code: 'unknownField' }),
    ]);
    expect(
      (await api.get(social, `/case-plans/${plan.id}`)).body.goals.map(
        (g: { key: string; status: string }) => [g.key, g.status],
      ),
    ).toEqual([
      ['G1', 'not_started'],
      ['G2', 'not_started'],
    ]);
    expectProblem(await api.post(admin2, `/case-plans/${plan.id}/reviews`, review({})), 404);
    expectProblem(await api.get(admin2, `/case-plans/${plan.id}`), 404);
    expectProblem(
      await api.patch(admin2, `/case-plans/${plan.id}`, { reviewFrequency: 'yearly' }, '"1"'),
      404,
    );
    expectProblem(await api.post(carer, `/case-plans/${plan.id}/reviews`, review({})), 403);
    expect(await count(t.dataSource, 'plan_review')).toBe(before);
  });

  it('validates assessments: domains, the safety domain of a safety assessment, dates, types', async () => {
    const residentId = await api.resident(social);
    const before = await count(t.dataSource, 'needs_assessment');
    const safetyless = await api.post(
      social,
      `/residents/${residentId}/assessments`,
      assessmentBody({ kind: 'initial_safety', domains: [{ domain: 'health', score: 3 }] }),
    );
    expectProblem(safetyless, 400);
    expect(fieldsOf(safetyless)).toEqual(['domains']);
    const bad = await api.post(
      social,
      `/residents/${residentId}/assessments`,
      assessmentBody({
        assessedOn: monthsAgo(5),
        domains: [{ domain: 'health' }, { domain: 'health', score: 2 }],
      }),
    );
    expectProblem(bad, 400);
    expect(fieldsOf(bad).sort()).toEqual(['assessedOn', 'domains.0.score', 'domains.1.domain']);
    const malformed = await api.post(social, `/residents/${residentId}/assessments`, {
      kind: 'quick',
      assessedOn: 20261201,
      domains: [{ domain: 'safety', score: 9, level: 'extreme', notes: 'x'.repeat(1001) }],
      riskLevel: 'none',
      participants: 'bà ngoại',
    });
    expectProblem(malformed, 400);
    expect(fieldsOf(malformed).sort()).toEqual([
      'assessedOn',
      'domains.0.level',
      'domains.0.notes',
      'domains.0.score',
      'kind',
      'participants',
      'riskLevel',
    ]);
    expectProblem(await api.post(social, `/residents/${residentId}/assessments`, {}), 400);
    expect(await count(t.dataSource, 'needs_assessment')).toBe(before);
    // A safety assessment does not move the case; a comprehensive one does.
    await api.assessed(social, residentId, { kind: 'initial_safety', assessedOn: monthsAgo(3) });
    expect((await api.openCase(social, residentId)).step).toBe('assessment');
    const list = await api.get(social, `/residents/${residentId}/assessments`);
    expect(list.body.items).toHaveLength(1);
  });

  it('reassigns the case worker only to a social worker, with If-Match', async () => {
    const residentId = await api.resident(admin);
    const c = await api.openCase(admin, residentId);
    expectProblem(await api.patch(admin, `/cases/${c.id}`, { protection: true }), 428);
    expectProblem(
      await api.patch(admin, `/cases/${c.id}`, { protection: true }, `"${c.version + 1}"`),
      412,
    );
    const bad = await api.patch(
      admin,
      `/cases/${c.id}`,
      { caseWorkerId: await api.userId('admin2') },
      `"${c.version}"`,
    );
    expectProblem(bad, 400);
    expect(fieldsOf(bad)).toEqual(['caseWorkerId']);
    const stepHack = await api.patch(admin, `/cases/${c.id}`, { step: 'closed' }, `"${c.version}"`);
    expectProblem(stepHack, 400);
    expect((await api.get(admin, `/cases/${c.id}`)).body.version).toBe(c.version);
    const ok = await api.patch(
      admin,
      `/cases/${c.id}`,
      { protection: true, caseWorkerId: socialId },
      `"${c.version}"`,
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual(
      expect.objectContaining({ protection: true, caseWorkerId: socialId, version: c.version + 1 }),
    );
  });

  it('closes the open case when the resident is discharged, in the same transaction; a readmission opens a new one', async () => {
    const residentId = await api.resident(social);
    const c = await api.openCase(social, residentId);
    const discharged = await t
      .http()
      .post(`/api/v1/residents/${residentId}/discharge`)
      .set('Authorization', `Bearer ${admin}`)
      .send({
        ground: 'family_request',
        requestedOn: today(),
        decisionNo: '12/QĐ-TTBTXH',
        decisionDate: today(),
        effectiveOn: today(),
      });
    expect(discharged.status).toBe(201);
    const after = (await api.get(social, `/cases/${c.id}`)).body as CaseBody;
    expect(after).toEqual(
      expect.objectContaining({ step: 'closed', closedOn: today(), closureReason: 'discharged' }),
    );
    // No open case: nothing can be recorded.
    expectProblem(
      await api.post(
        social,
        `/residents/${residentId}/assessments`,
        assessmentBody({ assessedOn: today() }),
      ),
      409,
    );
    const readmitted = await t
      .http()
      .post(`/api/v1/residents/${residentId}/readmit`)
      .set('Authorization', `Bearer ${admin}`)
      .send({
        type: 'regular',
        admittedOn: today(),
        decisionNo: '13/QĐ-TTBTXH',
        decisionDate: today(),
      });
    expect(readmitted.status).toBe(201);
    const cases = (await api.get(social, `/residents/${residentId}/cases`)).body
      .items as CaseBody[];
    expect(cases.map((x) => x.step).sort()).toEqual(['assessment', 'closed']);
  });
});
