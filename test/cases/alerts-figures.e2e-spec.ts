import { addDays } from '../../src/calendar/dates';
import { CaseFiguresService } from '../../src/cases/figures/case-figures.service';
import { CASE_ALERTS_JOB, runCaseAlerts } from '../../src/cases/case-alerts.job';
import { JobRunner } from '../../src/jobs/job-runner';
import { emergencyBody, residentsApi, today } from '../residents/resident-fixtures';
import { expectProblem, startTestApp, TestApp } from '../support/test-app';
import { casesApi, monthsAgo, noteBody, referralBody } from './case-fixtures';

describe('case management: alerts job and monthly figures', () => {
  let t: TestApp;
  let api: ReturnType<typeof casesApi>;
  let admin: string;
  let social: string;
  let nurse: string;
  let carer: string;
  let socialId: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = casesApi(t);
    [admin, social, nurse, carer] = await Promise.all([
      t.token('admin'),
      t.token('social'),
      t.token('nurse'),
      t.token('carer'),
    ]);
    socialId = await api.userId('social');
  }, 60_000);
  afterAll(() => t.close());

  const run = () =>
    t.app.get(JobRunner).runExclusive(CASE_ALERTS_JOB, runCaseAlerts, { force: true });
  const alertsOf = (
    residentId: string,
    kind: string,
  ): Promise<{ status: string; due_on: string }[]> =>
    t.dataSource.query(
      `SELECT status, to_char(due_on, 'YYYY-MM-DD') AS due_on FROM alert WHERE resident_id = $1 AND kind = $2 ORDER BY due_on`,
      [residentId, kind],
    );

  it('raises the missing initial safety assessment 24 hours after an emergency intake, once; closes it when recorded', async () => {
    const body = emergencyBody({
      admittedOn: monthsAgo(1),
      emergency: { foundAt: 'Bến xe', foundOn: monthsAgo(1), foundBy: 'Công an phường' },
    });
    const fresh = await residentsApi(t).admitted(social, body);
    const late = await residentsApi(t).admitted(
      social,
      emergencyBody({
        admittedOn: today(),
        emergency: { foundAt: 'Chợ', foundOn: today(), foundBy: 'Dân phòng' },
      }),
    );
    // The intake of `fresh` was recorded 25 hours ago; `late` just now.
    await t.dataSource.query(
      `UPDATE admission SET created_at = now() - interval '25 hours' WHERE resident_id = $1`,
      [fresh.id],
    );
    await run();
    await run();
    expect(await alertsOf(fresh.id, 'safety_assessment_missing')).toEqual([
      { status: 'open', due_on: addDays(monthsAgo(1), 1) },
    ]);
    expect(await alertsOf(late.id, 'safety_assessment_missing')).toEqual([]);
    // Social workers and the admin see it; a nurse does not.
    const seen = await api.get(social, '/alerts', { kind: 'safety_assessment_missing' });
    expect(seen.body.items.map((a: { residentId: string }) => a.residentId)).toContain(fresh.id);
    expect(
      (await api.get(nurse, '/alerts', { kind: 'safety_assessment_missing' })).body.items,
    ).toEqual([]);
    // Recording the assessment closes the alert in the same transaction.
    await api.assessed(social, fresh.id, {
      kind: 'initial_safety',
      assessedOn: monthsAgo(1),
      domains: [{ domain: 'safety', level: 'high', notes: 'Có thương tích nhẹ' }],
      riskLevel: 'high',
    });
    expect((await alertsOf(fresh.id, 'safety_assessment_missing')).map((a) => a.status)).toEqual([
      'closed',
    ]);
    await run();
    expect(await alertsOf(fresh.id, 'safety_assessment_missing')).toHaveLength(1);
  });

  it('raises a due plan review once per due date, and closes it when the review is done', async () => {
    const residentId = await api.resident(social);
    await api.assessed(social, residentId);
    const plan = await api.planned(social, residentId, socialId, {
      startsOn: monthsAgo(2),
      reviewFrequency: 'monthly',
    });
    await api.approved(admin, plan.id, plan.version);
    await run();
    await run();
    expect(await alertsOf(residentId, 'plan_review_due')).toEqual([
      { status: 'open', due_on: monthsAgo(1) },
    ]);
    const reviewed = await api.post(social, `/case-plans/${plan.id}/reviews`, {
      reviewedOn: today(),
      goals: [{ key: 'G1', status: 'in_progress' }],
    });
    expect(reviewed.status).toBe(201);
    expect(reviewed.body.plan.nextReviewOn).toBe(monthsAgo(-1));
    await run();
    expect(await alertsOf(residentId, 'plan_review_due')).toEqual([
      { status: 'closed', due_on: monthsAgo(1) },
    ]);
  });

  it('counts the month’s counselling, cases by step, assessments, plans, reviews and referrals', async () => {
    const month = monthsAgo(1).slice(0, 7);
    const figures = t.app.get(CaseFiguresService);
    const before = await figures.forMonth(t.dataSource.manager, t.facilityA.id, month);
    const a = await api.resident(social);
    const b = await api.resident(social);
    const inMonth = `${month}-10`;
    await api.post(
      social,
      `/residents/${a}/case-notes`,
      noteBody({ sessionOn: inMonth, type: 'individual', durationMinutes: 30 }),
    );
    await api.post(
      social,
      `/residents/${a}/case-notes`,
      noteBody({ sessionOn: inMonth, type: 'family', durationMinutes: 60 }),
    );
    await api.post(
      social,
      `/residents/${b}/case-notes`,
      noteBody({ sessionOn: inMonth, type: 'individual', durationMinutes: 45 }),
    );
    await api.post(
      social,
      `/residents/${b}/case-notes`,
      noteBody({ sessionOn: monthsAgo(3), type: 'crisis' }),
    );
    await api.assessed(social, a, { assessedOn: inMonth });
    await api.post(
      social,
      `/residents/${a}/referrals`,
      referralBody({
        referredOn: inMonth,
        consent: { givenBy: 'resident', name: 'Em', givenOn: inMonth, written: false },
      }),
    );
    await api.post(
      admin,
      `/residents/${b}/referrals`,
      referralBody({
        referredOn: inMonth,
        kind: 'police',
        consent: undefined,
        consentOverrideReason: 'Khẩn cấp',
      }),
    );
    const after = await figures.forMonth(t.dataSource.manager, t.facilityA.id, month);
    expect(after.counselling.sessions - before.counselling.sessions).toBe(3);
    expect(after.counselling.peopleCounselled - before.counselling.peopleCounselled).toBe(2);
    expect(after.counselling.minutes - before.counselling.minutes).toBe(135);
    expect(after.counselling.byType.individual - before.counselling.byType.individual).toBe(2);
    expect(after.counselling.byType.family - before.counselling.byType.family).toBe(1);
    expect(after.counselling.byType.crisis).toBe(before.counselling.byType.crisis);
    expect(after.assessments.comprehensive - before.assessments.comprehensive).toBe(1);
    // a is in planning since the 10th; b is still in step 1 (both opened three months ago).
    expect(after.cases.byStep.planning - before.cases.byStep.planning).toBe(1);
    expect(after.cases.byStep.assessment - before.cases.byStep.assessment).toBe(1);
    expect(after.referrals.total - before.referrals.total).toBe(2);
    expect(after.referrals.byKind.police - before.referrals.byKind.police).toBe(1);
    expect(after.referrals.withConsent - before.referrals.withConsent).toBe(1);
    expect(after.referrals.consentOverridden - before.referrals.consentOverridden).toBe(1);
    // The same figures through the API, for the director and the social worker who runs the cases.
    const res = await api.get(admin, '/cases/figures', { month });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(after)));
    const own = await api.get(social, '/cases/figures', { month });
    expect(own.status).toBe(200);
    expect(own.body).toEqual(res.body);
    expectProblem(await api.get(carer, '/cases/figures', { month }), 403);
    const bad = await api.get(admin, '/cases/figures', { month: '2026-13' });
    expectProblem(bad, 400);
  });

  it('counts overdue reviews as of the month’s end', async () => {
    const residentId = await api.resident(social);
    await api.assessed(social, residentId, { assessedOn: monthsAgo(3) });
    const plan = await api.planned(social, residentId, socialId, {
      startsOn: monthsAgo(3),
      reviewFrequency: 'monthly',
    });
    const figures = t.app.get(CaseFiguresService);
    const month = monthsAgo(1).slice(0, 7);
    const before = await figures.forMonth(t.dataSource.manager, t.facilityA.id, month);
    // Approved (today) with a start three months ago and never reviewed: overdue only from this month.
    await api.approved(admin, plan.id, plan.version);
    const after = await figures.forMonth(t.dataSource.manager, t.facilityA.id, today().slice(0, 7));
    const past = await figures.forMonth(t.dataSource.manager, t.facilityA.id, month);
    expect(past.plans.reviewsOverdue).toBe(before.plans.reviewsOverdue);
    expect(after.plans.reviewsOverdue).toBeGreaterThanOrEqual(1);
    expect(after.plans.approved).toBeGreaterThanOrEqual(1);
  });
});
