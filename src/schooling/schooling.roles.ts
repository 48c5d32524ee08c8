import { Role } from '../identity/role';

/** Social workers and the admin follow schooling and vocational training (API.md). */
export const SCHOOLING_ROLES = [Role.SocialWorker, Role.Admin];
