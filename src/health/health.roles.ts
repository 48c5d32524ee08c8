import { Role } from '../identity/role';

/** The nurse and the admin keep health records and see the worklist (API.md). */
export const HEALTH_ROLES = [Role.Nurse, Role.Admin];
