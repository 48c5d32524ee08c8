import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addMonths, todayIn } from '../calendar/dates';
import { Role } from '../identity/role';
import { ReportsService } from '../reports/reports.service';
import { demoActor } from './demo-actor';

/**
 * Last month's report, generated and finalised (chốt) by the director as a centre does early in
 * the month: the province's officer opens the demo and sees a numbered report, and the director
 * sees this month's still to come. Made through ReportsService, from the demo's own records.
 */
export async function seedDemoReports(
  app: INestApplicationContext,
  facilityId: string,
): Promise<void> {
  const ds = app.get(DataSource);
  const reports = app.get(ReportsService);
  const actor = await demoActor(ds, facilityId, Role.Admin);
  const lastMonth = addMonths(`${todayIn('Asia/Ho_Chi_Minh').slice(0, 7)}-01`, -1).slice(0, 7);
  const report = await reports.generateMonthly(actor, {
    month: lastMonth,
    remarks: 'Thiếu 1 nhân viên chăm sóc ca đêm; đề nghị bổ sung biên chế.',
  });
  await reports.finalise(actor, report.id);
}
