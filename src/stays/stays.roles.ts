import { Role } from '../identity/role';

/** Who admits and readmits (API.md). */
export const INTAKE_ROLES = [Role.Admin, Role.SocialWorker];
