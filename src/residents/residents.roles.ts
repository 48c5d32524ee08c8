import { Role } from '../identity/role';

/** Who admits, readmits, completes the admission papers and moves a resident's status (API.md). */
export const INTAKE_ROLES = [Role.Admin, Role.SocialWorker];
