import { Role } from '../identity/role';

/** Social workers and the admin run cases (API.md). */
export const CASE_ROLES = [Role.Admin, Role.SocialWorker];
