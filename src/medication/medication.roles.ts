import { Role } from '../identity/role';
import { SENSITIVE_ROLES } from '../residents/model/resident-rules';

/** Who writes and reads prescriptions and medicine purchases (API.md: nurse, admin). */
export const PRESCRIBERS = [Role.Nurse, Role.Admin] as const;

/** Who runs the medication round: the nurse, and caretakers for the rooms of their shift. */
export const ROUND_STAFF = [Role.Nurse, Role.Caretaker] as const;

/**
 * Whether a role is told a sensitive medicine's name and any prescription's indication: the roles
 * that may see sensitive facts (the HIV rule of residents/categories.ts and docs/security.md).
 * The others see `caretakerLabel`, what to give and when, never why.
 */
export function seesMedicineNames(role: Role): boolean {
  return SENSITIVE_ROLES.includes(role);
}
