import { Role } from '../identity/role';

/** The admin and social workers decide and follow up discharges (API.md). */
export const DISCHARGE_ROLES = [Role.Admin, Role.SocialWorker];
