/** The five roles of SPEC.md. */
export enum Role {
  Admin = 'admin',
  SocialWorker = 'social_worker',
  Nurse = 'nurse',
  Caretaker = 'caretaker',
  /** Chuyên viên Sở: read-only, belongs to a province, not a facility. */
  Officer = 'officer',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);
/** Everyone who works in a facility (not the provincial officer). */
export const STAFF_ROLES: readonly Role[] = [
  Role.Admin,
  Role.SocialWorker,
  Role.Nurse,
  Role.Caretaker,
];
