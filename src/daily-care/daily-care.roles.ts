import { Role } from '../identity/role';

/** Who does the round and writes the daily records and incidents. */
export const CARE_STAFF = [Role.Caretaker, Role.Nurse, Role.Admin];
