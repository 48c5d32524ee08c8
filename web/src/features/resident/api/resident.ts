import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api, ifMatch, unwrap } from '../../../lib/api';
import { nextCursorOf, pageOf } from '../../../lib/page';

export type Resident = components['schemas']['ResidentView'];
export type Admission = NonNullable<Resident['admission']>;
export type UpdateAdmission = components['schemas']['UpdateAdmissionDto'];
export type Enrollment = components['schemas']['EnrollmentView'];
export type SchoolResult = components['schemas']['SchoolResultView'];
export type CreateEnrollment = components['schemas']['CreateEnrollmentDto'];
export type CreateResult = components['schemas']['CreateResultDto'];
export type Plan = components['schemas']['InterventionPlan'];
export type CreatePlan = components['schemas']['CreatePlanDto'];
export type Session = components['schemas']['CounsellingSession'];
export type CreateSession = components['schemas']['CreateCaseNoteDto'];
export type Referral = components['schemas']['Referral'];
export type CreateReferral = components['schemas']['CreateReferralDto'];
export type ReintegrationStep = components['schemas']['ReintegrationStep'];
export type CreateStep = components['schemas']['CreateStepDto'];
export type Assessment = components['schemas']['NeedsAssessment'];
export type CreateAssessment = components['schemas']['CreateAssessmentDto'];
export type CreateReview = components['schemas']['CreateReviewDto'];
export type DischargeBody = components['schemas']['DischargeDto'];
export type Discharge = components['schemas']['Discharge'];
export type FollowUp = components['schemas']['FollowUp'];
export type CreateFollowUp = components['schemas']['CreateFollowUpDto'];
export type UpdateFollowUp = components['schemas']['UpdateFollowUpDto'];

export const residentKeys = {
  all: ['resident'] as const,
  one: (id: string) => [...residentKeys.all, id] as const,
  enrollments: (id: string) => [...residentKeys.one(id), 'enrollments'] as const,
  plans: (id: string) => [...residentKeys.one(id), 'plans'] as const,
  reviews: (planId: string) => [...residentKeys.all, 'reviews', planId] as const,
  sessions: (id: string) => [...residentKeys.one(id), 'sessions'] as const,
  referrals: (id: string) => [...residentKeys.one(id), 'referrals'] as const,
  steps: (id: string) => [...residentKeys.one(id), 'steps'] as const,
  assessments: (id: string) => [...residentKeys.one(id), 'assessments'] as const,
  discharges: (id: string) => [...residentKeys.one(id), 'discharges'] as const,
  followUps: (dischargeId: string) => [...residentKeys.all, 'followUps', dischargeId] as const,
  schoolingReference: () => [...residentKeys.all, 'reference', 'schooling'] as const,
};

export const residentQuery = (id: string) =>
  queryOptions({
    queryKey: residentKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/residents/{id}', { params: { path: { id } } })),
  });

/**
 * The list answers below are not described in the OpenAPI document yet (`data` is unknown):
 * `pageOf` checks the page and types its items with the record the same API creates.
 */
export const enrollmentsQuery = (id: string) =>
  infiniteQueryOptions({
    queryKey: residentKeys.enrollments(id),
    queryFn: async ({ pageParam }) =>
      pageOf<Enrollment>(
        await unwrap<unknown>(
          api.GET('/api/v1/residents/{id}/enrollments', {
            params: { path: { id }, query: pageParam ? { cursor: pageParam } : {} },
          }),
        ),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursorOf,
  });

export const plansQuery = (id: string) =>
  infiniteQueryOptions({
    queryKey: residentKeys.plans(id),
    queryFn: async ({ pageParam }) =>
      pageOf<Plan>(
        await unwrap<unknown>(
          api.GET('/api/v1/residents/{id}/case-plans', {
            params: { path: { id }, query: pageParam ? { cursor: pageParam } : {} },
          }),
        ),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursorOf,
  });

/** A plan review as GET /case-plans/:id/reviews lists it: the goals reviewed, each with its status. */
export type PlanReview = components['schemas']['PlanReview'];

function isReview(value: unknown): value is PlanReview {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.id === 'string' && typeof r.reviewedOn === 'string' && Array.isArray(r.goals);
}

export const reviewsQuery = (planId: string) =>
  infiniteQueryOptions({
    queryKey: residentKeys.reviews(planId),
    queryFn: async ({ pageParam }) => {
      const page = pageOf<unknown>(
        await unwrap<unknown>(
          api.GET('/api/v1/case-plans/{id}/reviews', {
            params: { path: { id: planId }, query: pageParam ? { cursor: pageParam } : {} },
          }),
        ),
      );
      return { items: page.items.filter(isReview), nextCursor: page.nextCursor };
    },
    initialPageParam: '',
    getNextPageParam: nextCursorOf,
  });

export const sessionsQuery = (id: string) =>
  infiniteQueryOptions({
    queryKey: residentKeys.sessions(id),
    queryFn: async ({ pageParam }) =>
      pageOf<Session>(
        await unwrap<unknown>(
          api.GET('/api/v1/residents/{id}/case-notes', {
            params: { path: { id }, query: pageParam ? { cursor: pageParam } : {} },
          }),
        ),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursorOf,
  });

export const referralsQuery = (id: string) =>
  infiniteQueryOptions({
    queryKey: residentKeys.referrals(id),
    queryFn: async ({ pageParam }) =>
      pageOf<Referral>(
        await unwrap<unknown>(
          api.GET('/api/v1/residents/{id}/referrals', {
            params: { path: { id }, query: pageParam ? { cursor: pageParam } : {} },
          }),
        ),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursorOf,
  });

export const stepsQuery = (id: string) =>
  queryOptions({
    queryKey: residentKeys.steps(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/residents/{id}/reintegration-steps', { params: { path: { id } } })),
  });

/** A code with its labels, as the reference endpoints give them. */
export interface Coded {
  code: string;
  vi: string;
  en: string;
}

/** GET /reference/schooling (documented as a bare object): the parts the forms use, checked. */
export interface SchoolingReference {
  levels: (Coded & { grades: [number, number] | null; gradeRequired: boolean })[];
  terms: Coded[];
  scales: { code: string; levels: string[]; ratings: Record<string, Coded[] | undefined> }[];
  promotion: { reasons: Coded[] };
}

function isSchoolingReference(value: unknown): value is SchoolingReference {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    Array.isArray(r.levels) &&
    Array.isArray(r.terms) &&
    Array.isArray(r.scales) &&
    typeof r.promotion === 'object' &&
    r.promotion !== null
  );
}

export const schoolingReferenceQuery = () =>
  queryOptions({
    queryKey: residentKeys.schoolingReference(),
    queryFn: async () => {
      const data = await unwrap<unknown>(api.GET('/api/v1/reference/schooling'));
      if (!isSchoolingReference(data)) throw new Error('Not the schooling reference');
      return data;
    },
    staleTime: Infinity,
  });

export const enrol = (id: string, body: CreateEnrollment) =>
  unwrap(api.POST('/api/v1/residents/{id}/enrollments', { params: { path: { id } }, body }));

export const recordResult = (enrollmentId: string, body: CreateResult) =>
  unwrap(
    api.POST('/api/v1/enrollments/{id}/results', { params: { path: { id: enrollmentId } }, body }),
  );

export const createPlan = (id: string, body: CreatePlan) =>
  unwrap(api.POST('/api/v1/residents/{id}/case-plans', { params: { path: { id } }, body }));

export const createSession = (id: string, body: CreateSession) =>
  unwrap(api.POST('/api/v1/residents/{id}/case-notes', { params: { path: { id } }, body }));

export const createReferral = (id: string, body: CreateReferral) =>
  unwrap(api.POST('/api/v1/residents/{id}/referrals', { params: { path: { id } }, body }));

export const assessmentsQuery = (id: string) =>
  infiniteQueryOptions({
    queryKey: residentKeys.assessments(id),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/residents/{id}/assessments', {
          params: { path: { id }, query: pageParam ? { cursor: pageParam } : {} },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursorOf,
  });

/** The resident's discharges, newest first (each one's follow-up visits hang on its id). */
export const dischargesQuery = (id: string) =>
  queryOptions({
    queryKey: residentKeys.discharges(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/residents/{id}/discharges', { params: { path: { id } } })),
  });

export const followUpsQuery = (dischargeId: string) =>
  queryOptions({
    queryKey: residentKeys.followUps(dischargeId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/discharges/{id}/follow-ups', { params: { path: { id: dischargeId } } }),
      ),
  });

export const createAssessment = (id: string, body: CreateAssessment) =>
  unwrap(api.POST('/api/v1/residents/{id}/assessments', { params: { path: { id } }, body }));

export const approvePlan = (plan: Plan) =>
  unwrap(
    api.POST('/api/v1/case-plans/{id}/approve', {
      params: { path: { id: plan.id }, header: ifMatch(plan.version) },
    }),
  );

export const reviewPlan = (planId: string, body: CreateReview) =>
  unwrap(api.POST('/api/v1/case-plans/{id}/reviews', { params: { path: { id: planId } }, body }));

export const discharge = (id: string, body: DischargeBody) =>
  unwrap(api.POST('/api/v1/residents/{id}/discharge', { params: { path: { id } }, body }));

export const createStep = (id: string, body: CreateStep) =>
  unwrap(
    api.POST('/api/v1/residents/{id}/reintegration-steps', { params: { path: { id } }, body }),
  );

export const planFollowUp = (dischargeId: string, body: CreateFollowUp) =>
  unwrap(
    api.POST('/api/v1/discharges/{id}/follow-ups', {
      params: { path: { id: dischargeId } },
      body,
    }),
  );

export const recordFollowUp = (followUp: FollowUp, body: UpdateFollowUp) =>
  unwrap(
    api.PATCH('/api/v1/follow-ups/{id}', {
      params: { path: { id: followUp.id }, header: ifMatch(followUp.version) },
      body,
    }),
  );

export type Prescription = components['schemas']['PrescriptionView'];
export type CreatePrescription = components['schemas']['CreatePrescriptionDto'];
export type UpdatePrescription = components['schemas']['UpdatePrescriptionDto'];

export const prescriptionKeys = (residentId: string) =>
  [...residentKeys.one(residentId), 'prescriptions'] as const;

/** The resident's prescriptions, in force first; stopped ones stay listed (nurse, admin). */
export const prescriptionsQuery = (residentId: string) =>
  queryOptions({
    queryKey: prescriptionKeys(residentId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/residents/{id}/prescriptions', {
          params: { path: { id: residentId } },
        }),
      ),
  });

export const createPrescription = (residentId: string, body: CreatePrescription) =>
  unwrap(
    api.POST('/api/v1/residents/{id}/prescriptions', {
      params: { path: { id: residentId } },
      body,
    }),
  );

export const updatePrescription = (p: Prescription, body: UpdatePrescription) =>
  unwrap(
    api.PATCH('/api/v1/prescriptions/{id}', {
      params: { path: { id: p.id }, header: ifMatch(p.version) },
      body,
    }),
  );

export const stopPrescription = (p: Prescription, reason: string) =>
  unwrap(
    api.POST('/api/v1/prescriptions/{id}/stop', {
      params: { path: { id: p.id }, header: ifMatch(p.version) },
      body: { reason },
    }),
  );

/** One prescription as it is now (what a 412 shows beside the typed input). */
export const prescriptionQuery = (id: string) =>
  queryOptions({
    queryKey: [...residentKeys.all, 'prescription', id] as const,
    queryFn: () => unwrap(api.GET('/api/v1/prescriptions/{id}', { params: { path: { id } } })),
  });

/** The papers of the current admission completed after it (admin, social worker). */
export const updateAdmission = (residentId: string, admission: Admission, body: UpdateAdmission) =>
  unwrap(
    api.PATCH('/api/v1/residents/{id}/admission', {
      params: { path: { id: residentId }, header: ifMatch(admission.version) },
      body,
    }),
  );
