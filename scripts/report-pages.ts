/**
 * The reference rendering of docs/reports/: the demo centre's reports as PNG pages, so a
 * reviewer sees the layout without running anything. On an empty database (DATABASE_URL), it
 * migrates, seeds the demo, generates and finalises last month's report, the six-monthly and the
 * annual report of this year, and turns their pages into small PNGs with poppler's pdftoppm.
 * The demo seed already made last month's report, so a period that has a report is regenerated
 * as a new version, which needs a reason (as through the API).
 * Usage: DATABASE_URL=postgres://…/empty_db npx ts-node scripts/report-pages.ts [docs/reports]
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import { addMonths, todayIn } from '../src/calendar/dates';
import { loadConfig } from '../src/config/load-config';
import { Facility } from '../src/facilities/facility.entity';
import { Role } from '../src/identity/role';
import { Report } from '../src/reports/report.entity';
import { ReportsService } from '../src/reports/reports.service';
import { DEMO_FACILITY } from '../src/seed/demo-data';
import { User } from '../src/users/user.entity';

async function main(): Promise<void> {
  const out = process.argv[2] ?? 'docs/reports';
  const config = loadConfig({
    ...process.env,
    JWT_SECRET: 'report-pages-report-pages-report-pages-report-pages',
    LOG_LEVEL: 'silent',
    RUN_JOBS: 'false',
    SEED_DEMO: 'true',
  });
  const { app } = await createApp(config, config.databaseUrl ?? '', { logger: false });
  await app.init();
  try {
    const ds = app.get(DataSource);
    const facility = await ds.getRepository(Facility).findOneByOrFail({ code: DEMO_FACILITY.code });
    const admin = await ds
      .getRepository(User)
      .findOneByOrFail({ facilityId: facility.id, role: Role.Admin });
    const actor = {
      id: admin.id,
      role: Role.Admin,
      facilityId: facility.id,
      provinceCode: null,
    } as never;
    const reports = app.get(ReportsService);
    const today = todayIn(facility.timezone);
    const lastMonth = addMonths(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
    const year = today.slice(0, 4);
    /** A regeneration's reason, only where the period already has a report. */
    const reason = async (period: string): Promise<string | undefined> =>
      (await ds.getRepository(Report).existsBy({ facilityId: facility.id, period }))
        ? 'Dựng lại trang mẫu cho tài liệu'
        : undefined;
    const made = [
      [
        'thang',
        await reports.generateMonthly(actor, { month: lastMonth, reason: await reason(lastMonth) }),
      ],
      [
        '6-thang',
        await reports.generatePeriodic(actor, {
          period: `${year}-H1`,
          reason: await reason(`${year}-H1`),
        }),
      ],
      ['nam', await reports.generatePeriodic(actor, { period: year, reason: await reason(year) })],
    ] as const;
    mkdirSync(out, { recursive: true });
    for (const f of readdirSync(out)) if (f.endsWith('.png')) rmSync(join(out, f));
    for (const [name, draft] of made) {
      await reports.finalise(actor, draft.id);
      const { bytes } = await reports.pdf(actor, draft.id);
      const pdf = join('/tmp', `bao-cao-${name}.pdf`);
      writeFileSync(pdf, bytes);
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(out, `bao-cao-${name}`)]);
      process.stdout.write(`${name}: ${pdf}\n`);
    }
  } finally {
    await app.close();
  }
}

void main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
