import { Role } from '../identity/role';

/**
 * Who may change what: for every record that PATCH or PUT changes, each field the body may carry
 * and the roles that may send it (SPEC.md, "Who may change what is per field"). A field sent by a
 * role not listed is refused with 403 naming the field, before anything is read or written
 * (FieldRightsGuard). Nested fields are written `parent.child`. docs/security.md renders this
 * table (npm run docs:matrix); test/security/field-rights.e2e-spec.ts sends every field as every
 * role and checks the table against the DTOs, so a new field cannot be writable by accident.
 */
export type FieldRights = Readonly<Record<string, readonly Role[]>>;

const { Admin, SocialWorker, Nurse, Caretaker } = Role;

/** Identity, legal categories and decisions: the director and the social worker (intake). */
const REGISTER = [Admin, SocialWorker] as const;
/** Care instructions and the body: the nurse and the director. */
const CARE_PLAN = [Admin, Nurse] as const;
/** Case management, schooling, reintegration. */
const CASEWORK = [Admin, SocialWorker] as const;
/** The daily round. */
const ROUND = [Admin, Nurse, Caretaker] as const;

const all = <F extends string>(
  fields: readonly F[],
  roles: readonly Role[],
): Record<F, readonly Role[]> =>
  Object.fromEntries(fields.map((f) => [f, roles])) as Record<F, readonly Role[]>;

export const FIELD_RIGHTS = {
  /** PATCH /residents/{id}. A caretaker changes no part of the register. */
  resident: {
    ...all(
      [
        'fullName',
        'preferredName',
        'dateOfBirth',
        'birthYear',
        'birthDateEstimated',
        'sex',
        'ethnicityCode',
        'religion',
        'hometownProvince',
        'hometownCommune',
        'placeOfOrigin',
        'personalId',
        'photoRef',
        'guardians',
        // Legal facts: a category may itself disclose HIV, so only roles that see it change it.
        'categories',
        'emergencyKind',
        'roomId',
        'bed',
      ],
      REGISTER,
    ),
    healthInsuranceNumber: [Admin, SocialWorker, Nurse],
    disabilityKind: [Admin, SocialWorker, Nurse],
    disabilityLevel: [Admin, SocialWorker, Nurse],
    careNeeds: [Admin, SocialWorker, Nurse],
    ...all(['mobility', 'needs24hCare', 'careInstructions'], CARE_PLAN),
    // Sensitive facts: medical ones to the nurse, protection history to the social worker.
    'sensitive.hivStatus': CARE_PLAN,
    'sensitive.hivConfirmedOn': CARE_PLAN,
    'sensitive.psychiatricDiagnosis': CARE_PLAN,
    'sensitive.abuseHistory': CASEWORK,
    'sensitive.traffickingHistory': CASEWORK,
  },
  /** PATCH /residents/{id}/admission: the admission's papers, completed after it. */
  admission: all(['decisionNo', 'decisionDate', 'dossierPresent'], REGISTER),
  /** PATCH /daily-records/{id}: the round's record, corrected by whoever may write the round. */
  dailyRecord: all(
    [
      'reason',
      'meals',
      'fluidsMl',
      'sleep',
      'sleepHours',
      'mood',
      'hygiene',
      'toileting',
      'medicationGiven',
      'medicationNote',
      'temperatureC',
      'behaviourNotes',
      'notes',
      'handover',
      'handoverMessage',
    ],
    ROUND,
  ),
  /** PUT /residents/{id}/nutrition-plan. */
  nutritionPlan: all(
    [
      'dietType',
      'texture',
      'allergies',
      'removedAllergies',
      'mealsPerDay',
      'energyKcal',
      'supplements',
      'notes',
    ],
    CARE_PLAN,
  ),
  /** PATCH /prescriptions/{id}: the nurse and the director prescribe (medication/). */
  prescription: all(
    [
      'medicineName',
      'strength',
      'form',
      'dose',
      'route',
      'times',
      'asNeeded',
      'prnReason',
      'maxPer24h',
      'startDate',
      'endDate',
      'prescriber',
      'instructions',
      'indication',
      'sensitive',
      'caretakerLabel',
    ],
    CARE_PLAN,
  ),
  /** PUT /staff-assignments: the week's rota, written whole by the director (staffing/). */
  rota: { assignments: [Admin] },
  /** PATCH /health-schedules/{id}. */
  healthSchedule: all(
    ['intervalMonths', 'intervalDays', 'nextDueOn', 'lastDoneOn', 'graceDays', 'active', 'note'],
    CARE_PLAN,
  ),
  /** PATCH /cases/{id}. */
  caseFile: all(['caseWorkerId', 'protection'], CASEWORK),
  /** PATCH /case-plans/{id}. */
  casePlan: all(
    ['startsOn', 'endsOn', 'reviewFrequency', 'goals', 'activities', 'services'],
    CASEWORK,
  ),
  /** PATCH /children-meetings/{id}. */
  childrenMeeting: all(
    ['heldOn', 'childrenPresent', 'staffPresent', 'concerns', 'notes'],
    CASEWORK,
  ),
  /** PATCH /referrals/{id}. */
  referral: all(['outcome', 'outcomeOn', 'outcomeNote', 'contactName', 'contactPhone'], CASEWORK),
  /** PATCH /enrollments/{id}. */
  enrollment: all(
    [
      'level',
      'grade',
      'notEnrolledReason',
      'schoolName',
      'schoolCommune',
      'className',
      'startDate',
      'endDate',
      'boardingType',
      'status',
      'statusNote',
      'voidReason',
    ],
    CASEWORK,
  ),
  /** PATCH /results/{id}. */
  termResult: all(
    [
      'rating',
      'learningRating',
      'conductRating',
      'qualitiesRating',
      'subjects',
      'daysAbsent',
      'awards',
      'teacherRemarks',
    ],
    CASEWORK,
  ),
  /** PATCH /vocational-trainings/{id}. */
  vocationalTraining: all(
    [
      'course',
      'institution',
      'trade',
      'programmeLevel',
      'startDate',
      'endDate',
      'status',
      'certificateObtained',
      'certificateName',
      'employer',
      'jobTitle',
      'jobStartedOn',
      'monthlyIncomeVnd',
      'notes',
    ],
    CASEWORK,
  ),
  /** PATCH /follow-ups/{id}. */
  followUp: all(
    [
      'doneOn',
      'dueOn',
      'method',
      'livingSituation',
      'schoolingOrWork',
      'health',
      'riskLevel',
      'notes',
    ],
    CASEWORK,
  ),
  /** PATCH /reintegration-steps/{id}. */
  reintegrationStep: all(['description', 'ownerId', 'dueOn', 'doneOn', 'notes'], CASEWORK),
  /** PATCH /users/{id}: staff accounts. */
  user: all(['fullName', 'role', 'active', 'password', 'phone', 'email'], [Admin]),
  /** PATCH /facilities/current. */
  facility: all(
    [
      'name',
      'governingBody',
      'facilityType',
      'address',
      'phone',
      'email',
      'capacity',
      'timezone',
      'reportRecipient',
      'directorName',
    ],
    [Admin],
  ),
  /** PUT /document-register/settings: the symbol of the facility's reports. */
  documentRegister: all(['reportSymbol'], [Admin]),
  /** PATCH /rooms/{id}. */
  room: all(['code', 'name', 'building', 'areaM2', 'beds', 'careLevel', 'note', 'active'], [Admin]),
} as const satisfies Record<string, FieldRights>;

export type WritableRecord = keyof typeof FIELD_RIGHTS;

/**
 * The fields of `body` that `role` may not change under `rights`, as dotted paths. Fields the
 * table does not know are left to validation (400 unknownField); nested objects are checked
 * where the table names their children.
 */
export function refusedFields(rights: FieldRights, role: Role, body: unknown): string[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [];
  const refused: string[] = [];
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    const roles = rights[key];
    if (roles) {
      if (!roles.includes(role)) refused.push(key);
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    for (const child of Object.keys(value)) {
      const childRoles = rights[`${key}.${child}`];
      if (childRoles && !childRoles.includes(role)) refused.push(`${key}.${child}`);
    }
  }
  return refused;
}
