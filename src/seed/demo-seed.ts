import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD, hashPassword } from '../auth/password';
import { withAdvisoryLock } from '../database/advisory-lock';
import { Role } from '../identity/role';
import { Facility } from '../facilities/facility.entity';
import { Room } from '../facilities/room.entity';
import { recordStaffWithoutHistory } from '../reports/history/staff-roles';
import { User } from '../users/user.entity';
import {
  DEMO_ACCOUNTS,
  DEMO_FACILITY,
  DEMO_OTHER_FACILITY,
  DEMO_ROOMS,
  DEMO_STAFF_SINCE,
} from './demo-data';
import { seedDemoCare } from './demo-care';
import { seedDemoCases } from './demo-cases';
import { seedDemoDischarges } from './demo-discharges';
import { seedDemoHealth, seedDemoHealthUpToDate } from './demo-health';
import { seedDemoMedication } from './demo-medication';
import { seedDemoReports } from './demo-reports';
import { seedDemoResidents } from './demo-residents';
import { seedDemoSchooling } from './demo-schooling';

/**
 * Seeds the demo centre and accounts once: if the demo facility exists, nothing is done.
 * Runs in one transaction under an advisory lock, so two replicas starting together seed once.
 * Returns whether it seeded.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('mai-am:demo-seed'))`);
    if (await manager.existsBy(Facility, { code: DEMO_FACILITY.code })) return false;
    const facility = await manager.save(manager.create(Facility, DEMO_FACILITY));
    const other = await manager.save(manager.create(Facility, DEMO_OTHER_FACILITY));
    await manager.insert(
      Room,
      DEMO_ROOMS.map((r) => ({ ...r, facilityId: facility.id, note: null })),
    );
    await manager.insert(
      Room,
      DEMO_ROOMS.slice(0, 4).map((r) => ({ ...r, facilityId: other.id, note: null })),
    );
    await manager.insert(
      User,
      DEMO_ACCOUNTS.map((a) => ({
        ...a,
        facilityId: a.role === Role.Officer ? null : facility.id,
        provinceCode: a.role === Role.Officer ? facility.provinceCode : null,
        passwordHash,
      })),
    );
    await manager.insert(User, {
      username: 'admin2',
      fullName: 'Lê Văn Phúc',
      role: Role.Admin,
      facilityId: other.id,
      provinceCode: null,
      passwordHash,
    });
    await recordStaffWithoutHistory(manager, DEMO_STAFF_SINCE);
    return true;
  });
}

/**
 * The whole demo: centres and accounts, then the register of the first centre (only while it is
 * empty). A session advisory lock keeps two replicas starting together from seeding twice.
 */
export async function seedDemo(app: INestApplicationContext): Promise<boolean> {
  const dataSource = app.get(DataSource);
  return withAdvisoryLock(dataSource, 'mai-am:demo-residents', async () => {
    const seeded = await seedDemoData(dataSource);
    const facility = await dataSource
      .getRepository(Facility)
      .findOneByOrFail({ code: DEMO_FACILITY.code });
    const rows: { n: number }[] = await dataSource.query(
      'SELECT count(*)::int AS n FROM resident WHERE facility_id = $1',
      [facility.id],
    );
    if ((rows[0]?.n ?? 0) === 0) {
      await seedDemoResidents(app, facility.id);
      await seedDemoHealth(app, facility.id);
      await seedDemoDischarges(app, facility.id);
      await seedDemoSchooling(app, facility.id);
      await seedDemoCases(app, facility.id);
      await seedDemoCare(app, facility.id);
      await seedDemoMedication(app, facility.id);
      await seedDemoStaff(dataSource, facility.id);
      await seedDemoHealthUpToDate(app, facility.id);
      await seedDemoReports(app, facility.id);
    }
    return seeded;
  });
}

/**
 * The rest of the centre's staff, for the report's staff-by-role table: a second nurse (about 70
 * residents need two, TT 33/2017: 1 per 50); then a staff history for the caretakers the rota
 * seed added, employed like the others before the first resident came.
 */
async function seedDemoStaff(dataSource: DataSource, facilityId: string): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO app_user (facility_id, province_code, username, full_name, role, password_hash, version)
       SELECT facility_id, NULL, 'yte02', 'Hoàng Thị Thu Trang', 'nurse', password_hash, 1
         FROM app_user WHERE facility_id = $1 AND username = 'nurse'`,
      [facilityId],
    );
    await recordStaffWithoutHistory(manager, DEMO_STAFF_SINCE);
  });
}
