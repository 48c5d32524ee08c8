/**
 * Who may call what: the expected table of the authorization matrix test
 * (access-matrix.e2e-spec.ts), rendered into docs/security.md by `npm run docs:matrix`.
 *
 * One entry per operation of the served OpenAPI document, keyed `METHOD /path` with the `/api/v1`
 * prefix left out and path parameters written `{id}` as in the document. A route of the app
 * without an entry fails the test, which prints the line to add here. A role not listed in
 * `roles` must be refused with 403 (before anything else: the body is not looked at).
 *
 * What the test derives from an entry (see docs/security.md, "Authorization matrix"):
 * - allowed role, own facility: GET → 200 with a real id of the own facility; a write → a 4xx
 *   that is not 401/403 (a deliberately invalid body, so nothing is ever written);
 * - allowed role, another facility's record (path id of facility A, caller of facility B or of
 *   another province) → 404; a list → 200 without any of facility A's records;
 * - no token, an expired token, a forged token → 401 (public routes: never 401).
 */
import { Role } from '../../src/identity/role';

export interface Access {
  /** The roles that pass the guard; `'public'` needs no token. */
  roles: readonly Role[] | 'public';
  /**
   * What a 200 body holds, for the sensitive-field test: `personal` (default) is searched for
   * sensitive facts and the word HIV; `reference` (lists of codes, the same for everybody) and
   * `aggregate` (report figures, which count HIV by law) are searched for the seeded markers only.
   */
  data?: 'personal' | 'reference' | 'aggregate';
}

const { Admin, SocialWorker, Nurse, Caretaker, Officer } = Role;
const allow = (...roles: Role[]): Access => ({ roles });
const STAFF = [Admin, SocialWorker, Nurse, Caretaker] as const;
const EVERYONE = [...STAFF, Officer] as const;
const PUBLIC: Access = { roles: 'public' };

export const ACCESS_MATRIX: Record<string, Access> = {
  // auth, operations
  'POST /auth/login': PUBLIC,
  'POST /auth/refresh': PUBLIC,
  'POST /auth/logout': allow(...EVERYONE),
  'GET /auth/me': allow(...EVERYONE),
  'GET /health': PUBLIC,
  'GET /health/ready': PUBLIC,
  // facility, rooms, users, audit
  'GET /facilities/current': allow(...STAFF),
  'PATCH /facilities/current': allow(Admin),
  'GET /facilities/current/rooms': allow(...STAFF),
  'POST /facilities/current/rooms': allow(Admin),
  'PATCH /rooms/{id}': allow(Admin),
  'GET /facilities/current/base-levels': allow(Admin),
  'POST /facilities/current/base-levels': allow(Admin),
  'GET /facilities/current/holidays': { roles: [Admin], data: 'reference' },
  'POST /facilities/current/holidays': allow(Admin),
  'GET /users': allow(Admin),
  'POST /users': allow(Admin),
  'GET /users/{id}': allow(Admin),
  'PATCH /users/{id}': allow(Admin),
  'GET /audit': allow(Admin),
  // residents and admission
  'GET /residents': allow(...STAFF),
  'POST /residents': allow(Admin, SocialWorker),
  'POST /residents/check-duplicates': allow(Admin, SocialWorker),
  'GET /residents/{id}': allow(...STAFF),
  'PATCH /residents/{id}': allow(...STAFF),
  'PATCH /residents/{id}/admission': allow(Admin, SocialWorker),
  'GET /residents/{id}/duplicates': allow(Admin, SocialWorker),
  'POST /residents/{id}/status-changes': allow(Admin, SocialWorker),
  'POST /residents/import': allow(Admin),
  'GET /residents/import/template.xlsx': { roles: [Admin], data: 'reference' },
  'GET /residents/import/template.csv': { roles: [Admin], data: 'reference' },
  'GET /reference/ethnicities': { roles: EVERYONE, data: 'reference' },
  'GET /reference/resident-categories': { roles: EVERYONE, data: 'reference' },
  // health
  'GET /residents/{id}/health-schedules': allow(Nurse, Admin),
  'POST /residents/{id}/health-schedules': allow(Nurse, Admin),
  'PATCH /health-schedules/{id}': allow(Nurse, Admin),
  'GET /residents/{id}/health-checks': allow(Nurse, Admin),
  'POST /residents/{id}/health-checks': allow(Nurse),
  'POST /health-checks/{id}/amendments': allow(Nurse),
  'GET /residents/{id}/vaccinations': allow(Nurse, Admin),
  'POST /residents/{id}/vaccinations': allow(Nurse),
  'GET /health-worklist': allow(Nurse, Admin),
  // alerts (each role sees only its kinds: alert-kinds.ts)
  'GET /alerts': allow(...STAFF),
  'POST /alerts/{id}/acknowledge': allow(...STAFF),
  // discharge and reintegration
  'POST /residents/{id}/discharge': allow(Admin),
  'POST /residents/{id}/readmit': allow(Admin, SocialWorker),
  'GET /residents/{id}/discharges': allow(Admin, SocialWorker),
  'GET /discharges/{id}/follow-ups': allow(Admin, SocialWorker),
  'POST /discharges/{id}/follow-ups': allow(Admin, SocialWorker),
  'PATCH /follow-ups/{id}': allow(Admin, SocialWorker),
  'GET /residents/{id}/reintegration-steps': allow(Admin, SocialWorker),
  'POST /residents/{id}/reintegration-steps': allow(Admin, SocialWorker),
  'PATCH /reintegration-steps/{id}': allow(Admin, SocialWorker),
  'GET /movements': allow(Admin),
  'GET /dashboard': { roles: [Admin], data: 'aggregate' },
  // schooling
  'GET /residents/{id}/enrollments': allow(SocialWorker, Admin),
  'POST /residents/{id}/enrollments': allow(SocialWorker, Admin),
  'GET /enrollments/{id}': allow(SocialWorker, Admin),
  'PATCH /enrollments/{id}': allow(SocialWorker, Admin),
  'POST /enrollments/{id}/results': allow(SocialWorker, Admin),
  'PATCH /results/{id}': allow(SocialWorker, Admin),
  'GET /residents/{id}/vocational-trainings': allow(SocialWorker, Admin),
  'POST /residents/{id}/vocational-trainings': allow(SocialWorker, Admin),
  'PATCH /vocational-trainings/{id}': allow(SocialWorker, Admin),
  'POST /schooling/rollover': allow(SocialWorker, Admin),
  'GET /schooling/figures': { roles: [SocialWorker, Admin], data: 'aggregate' },
  'GET /reference/schooling': { roles: STAFF, data: 'reference' },
  // daily care and nutrition
  'GET /daily-records': allow(Admin, Nurse, Caretaker),
  'POST /daily-records/batch': allow(Admin, Nurse, Caretaker),
  'GET /residents/{id}/daily-records': allow(Admin, Nurse, Caretaker),
  'POST /residents/{id}/daily-records': allow(Admin, Nurse, Caretaker),
  'PATCH /daily-records/{id}': allow(Admin, Nurse, Caretaker),
  'GET /daily-records/{id}/revisions': allow(Admin, Nurse, Caretaker),
  'GET /residents/{id}/incidents': allow(Admin, SocialWorker, Nurse, Caretaker),
  'POST /residents/{id}/incidents': allow(Admin, Nurse, Caretaker),
  'GET /meals-summary': { roles: [Admin, Nurse], data: 'aggregate' },
  'GET /residents/{id}/nutrition-plan': allow(...STAFF),
  'PUT /residents/{id}/nutrition-plan': allow(Admin, Nurse),
  'GET /residents/{id}/nutrition-plan/history': allow(...STAFF),
  'GET /residents/{id}/measurements': allow(Admin, Nurse, Caretaker),
  'POST /residents/{id}/measurements': allow(Nurse, Caretaker),
  // medication (eMAR): prescriptions for the nurse and the admin
  'GET /residents/{id}/prescriptions': allow(Admin, Nurse),
  'POST /residents/{id}/prescriptions': allow(Admin, Nurse),
  'GET /prescriptions/{id}': allow(Admin, Nurse),
  'PATCH /prescriptions/{id}': allow(Admin, Nurse),
  'POST /prescriptions/{id}/stop': allow(Admin, Nurse),
  'GET /prescriptions/{id}/revisions': allow(Admin, Nurse),
  'GET /medicine-purchases': { roles: [Admin, Nurse], data: 'aggregate' },
  'POST /medicine-purchases': allow(Admin, Nurse),
  // the medication round: the nurse, and caretakers for the rooms of their shift
  'GET /medication-round': allow(Nurse, Caretaker),
  'POST /medication-round/batch': allow(Nurse, Caretaker),
  // staffing: the rota (the admin writes it; everyone reads their own shifts) and TT 33/2017 ratios
  'GET /staff-assignments': allow(...STAFF),
  'PUT /staff-assignments': allow(Admin),
  'GET /staffing': { roles: [Admin, Nurse], data: 'aggregate' },
  // case management (API.md: case plans and case notes are for the social worker and the admin)
  'GET /residents/{id}/cases': allow(Admin, SocialWorker),
  'POST /residents/{id}/cases': allow(Admin, SocialWorker),
  'GET /cases/figures': { roles: [Admin, SocialWorker], data: 'aggregate' },
  'GET /cases/{id}': allow(Admin, SocialWorker),
  'PATCH /cases/{id}': allow(Admin, SocialWorker),
  'POST /cases/{id}/evaluation': allow(Admin, SocialWorker),
  'POST /cases/{id}/close': allow(Admin, SocialWorker),
  'GET /residents/{id}/assessments': allow(Admin, SocialWorker),
  'POST /residents/{id}/assessments': allow(Admin, SocialWorker),
  'GET /residents/{id}/case-notes': allow(Admin, SocialWorker),
  'POST /residents/{id}/case-notes': allow(Admin, SocialWorker),
  'GET /residents/{id}/referrals': allow(Admin, SocialWorker),
  'POST /residents/{id}/referrals': allow(Admin, SocialWorker),
  'PATCH /referrals/{id}': allow(Admin, SocialWorker),
  'GET /residents/{id}/case-plans': allow(Admin, SocialWorker),
  'POST /residents/{id}/case-plans': allow(Admin, SocialWorker),
  'GET /case-plans/{id}': allow(Admin, SocialWorker),
  'PATCH /case-plans/{id}': allow(Admin, SocialWorker),
  'POST /case-plans/{id}/approve': allow(Admin),
  'GET /case-plans/{id}/reviews': allow(Admin, SocialWorker),
  'POST /case-plans/{id}/reviews': allow(Admin, SocialWorker),
  'GET /children-meetings': allow(Admin, SocialWorker),
  'POST /children-meetings': allow(Admin, SocialWorker),
  'PATCH /children-meetings/{id}': allow(Admin, SocialWorker),
  // reports, exports, province
  'POST /reports/monthly': allow(Admin),
  'POST /reports/periodic': allow(Admin),
  'GET /reports': { roles: [Admin, Officer], data: 'aggregate' },
  'GET /reports/{id}': { roles: [Admin, Officer], data: 'aggregate' },
  'GET /reports/{id}/pdf': { roles: [Admin, Officer], data: 'aggregate' },
  'POST /reports/{id}/finalise': allow(Admin),
  'GET /document-register': allow(Admin),
  'GET /document-register/settings': allow(Admin),
  'PUT /document-register/settings': allow(Admin),
  'GET /exports/residents.csv': allow(Admin),
  'GET /exports/residents.xlsx': allow(Admin),
  'GET /province/summary': { roles: [Officer], data: 'aggregate' },
};

/**
 * Where the tests find a real id for a path `…/<segment>/{id}`: the table whose rows that
 * segment names (every such table has `facility_id`). A new kind of path id needs a line here.
 */
export const ID_SOURCES: Record<string, string> = {
  alerts: 'alert',
  rooms: 'room',
  users: 'app_user',
  residents: 'resident',
  'health-schedules': 'health_schedule',
  'health-checks': 'health_check',
  discharges: 'discharge',
  'follow-ups': 'follow_up',
  'reintegration-steps': 'reintegration_step',
  enrollments: 'enrollment',
  results: 'school_result',
  'vocational-trainings': 'vocational_training',
  reports: 'report',
  cases: 'case_file',
  'daily-records': 'daily_record',
  referrals: 'referral',
  'case-plans': 'intervention_plan',
  'children-meetings': 'children_meeting',
  prescriptions: 'prescription',
};
