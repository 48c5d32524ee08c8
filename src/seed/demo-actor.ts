import type { DataSource } from 'typeorm';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { User } from '../users/user.entity';

/** The demo centre's account of a role (the director: `admin`) as the actor of seeded work. */
export async function demoActor(
  ds: DataSource,
  facilityId: string,
  role: Role.Admin | Role.Nurse,
): Promise<FacilityActor> {
  const user = await ds
    .getRepository(User)
    .findOneByOrFail(
      role === Role.Admin ? { facilityId, role, username: 'admin' } : { facilityId, role },
    );
  return {
    id: user.id,
    username: user.username,
    role,
    facilityId,
    provinceCode: null,
    requestId: 'demo-seed',
    ip: null,
  };
}
