/**
 * npm run bench [-- --preset quick|default] [--overdue-sizes 100000,1000000,10000000]
 *                  [--skip-cold-start] [--no-write] [--keep]
 * Loads synthetic data, starts the built service on it and runs every scenario; prints a table and
 * writes the results section of docs/benchmarks.md. See docs/benchmarks.md for what each measures.
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from './lib/args';
import { benchServer, databaseSize, dropDatabase, freshDatabase, withClient } from './lib/db';
import { facilitiesOf } from './lib/context';
import { machine, renderResults, writeResults } from './lib/markdown';
import { Results } from './lib/results';
import { seedData } from './lib/seed-data';
import { BareService, buildService, Service } from './lib/service';
import { postmasterPid } from './lib/cpu';
import { coldStartScenario } from './scenarios/cold-start';
import { overdueScenario } from './scenarios/overdue';
import { collectPlans, PLAN_QUERIES } from './scenarios/plans';
import { type CpuSources, READ_ENDPOINTS, readScenario } from './scenarios/reads';
import { addReportRows, lastMonths, monthlyReport } from './scenarios/report';
import { writeScenario } from './scenarios/writes';
import { dailyRecordWrite, mixScenario, roundScenario, roundView } from './scenarios/daily';
import { SlotPool } from './lib/slots';

interface Preset {
  facilities: number;
  residents: number;
  years: number;
  /** A centre's real concurrency: the reads' targets hold here. */
  readClients: number;
  /** Reported beside (the old target's load), and the load mix's clients. */
  manyReadClients: number;
  readSeconds: number;
  reportMonths: number;
  writeClients: number;
  writeSeconds: number;
  /** Days before today left without daily records, for the write scenarios. */
  gapDays: number;
  roundClients: number;
  roundSeconds: number;
  mixSeconds: number;
  overdueSizes: number[];
}

const PRESETS: Record<string, Preset> = {
  quick: {
    facilities: 2,
    residents: 100,
    years: 1,
    readClients: 10,
    manyReadClients: 100,
    readSeconds: 3,
    reportMonths: 2,
    writeClients: 16,
    writeSeconds: 3,
    gapDays: 60,
    roundClients: 4,
    roundSeconds: 3,
    mixSeconds: 5,
    overdueSizes: [10_000, 100_000],
  },
  default: {
    facilities: 10,
    residents: 500,
    years: 3,
    readClients: 10,
    manyReadClients: 100,
    readSeconds: 15,
    reportMonths: 3,
    writeClients: 16,
    writeSeconds: 20,
    gapDays: 20,
    roundClients: 4,
    roundSeconds: 15,
    mixSeconds: 60,
    overdueSizes: [100_000, 1_000_000],
  },
};

const DB = 'maiam_bench';

/** Runs one scenario; a failure becomes a row of the table instead of ending the run. */
async function attempt<T>(
  results: Results,
  name: string,
  fn: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await fn();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    results.add({
      scenario: name,
      figure: `failed: ${message.slice(0, 200)}`,
      target: '—',
      met: false,
    });
    return undefined;
  }
}

function log(s: string): void {
  process.stdout.write(`${s}\n`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const presetName = args.get('preset') ?? 'default';
  const preset = PRESETS[presetName];
  if (!preset) throw new Error(`unknown preset ${presetName} (quick, default)`);
  const overdueSizes = args.has('overdue-sizes')
    ? (args.get('overdue-sizes') ?? '').split(',').map(Number)
    : preset.overdueSizes;
  const started = Date.now();
  const loadAtStart = loadavg();
  const results = new Results();
  const server = await benchServer();
  let service: Service | undefined;
  try {
    const pgVersion = await withClient(server.url, async (c) => {
      const r = await c.query<{ v: string }>('SELECT version() AS v');
      return r.rows[0].v;
    });
    log(`Mái Ấm benchmarks, preset ${presetName}, on the ${server.kind}`);

    if (args.has('skip-cold-start')) log(`nest build: ${buildService().toFixed(1)} s`);
    else {
      log('Cold start (npm start, demo mode)…');
      await attempt(results, 'Cold start', async () => {
        await coldStartScenario(results);
      });
    }

    log(`Seeding ${DB}: facility 1 of ${preset.facilities}…`);
    const url = await freshDatabase(server.url, DB);
    const first = await seedData(url, {
      facilities: 1,
      residentsPerFacility: preset.residents,
      years: preset.years,
      dailyRecordGapDays: preset.gapDays,
    });
    service = await Service.start(url);
    const [f1] = await facilitiesOf(url, service, 1);
    const months = lastMonths(preset.reportMonths);
    // warm-up: the first PDF loads fonts and compiles the code paths
    const svc = service;
    const one = await attempt(results, 'Monthly report, 1 facility loaded', async () => {
      await monthlyReport(svc, f1, months.slice(0, 1));
      return monthlyReport(svc, f1, months);
    });

    log(`Seeding facilities 2–${preset.facilities}…`);
    const rest = await seedData(url, {
      facilities: preset.facilities - 1,
      firstFacility: 2,
      residentsPerFacility: preset.residents,
      years: preset.years,
      dailyRecordGapDays: preset.gapDays,
    });
    const rows = first.rows + rest.rows;
    const seconds = first.seconds + rest.seconds;
    const counts = await withClient(url, async (c) => {
      const r = await c.query<{ t: string; n: string }>(
        `SELECT relname AS t, n_live_tup AS n FROM pg_stat_user_tables WHERE n_live_tup > 0 ORDER BY n_live_tup DESC LIMIT 8`,
      );
      return r.rows.map((x) => `${x.t} ${Number(x.n).toLocaleString('en')}`).join(', ');
    });
    results.add({
      scenario: 'Generator',
      figure: `${rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString('en')} rows/s), database ${await databaseSize(url)}`,
      target: 'minutes',
      met: null,
    });
    results.detail(
      `Data set: ${preset.facilities} facilities × ${preset.residents} present residents × ${preset.years} years of history. Largest tables: ${counts}.`,
    );

    const all = await attempt(results, 'Monthly report, all facilities loaded', () =>
      monthlyReport(svc, f1, months),
    );
    if (one) addReportRows(results, '1 facility loaded', one, preset.residents, preset.years);
    if (all) {
      addReportRows(
        results,
        `${preset.facilities} facilities loaded`,
        all,
        preset.residents,
        preset.years,
      );
    }

    const facilities = await facilitiesOf(url, service, preset.facilities);
    const cpu: CpuSources = {
      service: service.proc.pid ?? null,
      postgres: await postmasterPid(url),
    };
    results.detail(
      `The service ran as ${service.workers} worker processes (WORKERS). CPU per request is read from /proc: the service's processes (primary and workers), and PostgreSQL's postmaster with every backend${cpu.postgres ? '' : ' (not readable here: PostgreSQL figures n/a)'}; it includes the work of the service's own background (the rate-limit statement and the session check are in it).`,
    );
    log(
      `Reads, ${preset.readClients} then ${preset.manyReadClients} clients, ${preset.readSeconds} s each, the bare ceiling beside…`,
    );
    const round = roundView(preset.gapDays);
    await attempt(results, 'Reads', async () => {
      const bare = await BareService.start(url, svc);
      try {
        await readScenario(
          svc,
          facilities,
          [...READ_ENDPOINTS, round],
          preset.readClients,
          preset.manyReadClients,
          preset.readSeconds,
          results,
          cpu,
          bare,
          [READ_ENDPOINTS[1], round],
        );
      } finally {
        await bare.stop();
      }
    });
    const morning = new SlotPool(facilities, preset.gapDays, 'morning');
    log(
      `Writes, ${preset.writeClients} clients, ${preset.writeSeconds} s each (service, then ceiling)…`,
    );
    await attempt(results, 'Write path', async () => {
      await writeScenario(
        svc,
        url,
        facilities,
        dailyRecordWrite(morning, new SlotPool(facilities, preset.gapDays, 'afternoon')),
        preset.writeClients,
        preset.writeSeconds,
        results,
        'Write path: POST daily record vs. ceiling',
        cpu,
      );
    });
    log(`Rounds, ${preset.roundClients} caretakers, ${preset.roundSeconds} s…`);
    await attempt(results, 'Round', async () => {
      await roundScenario(
        svc,
        facilities,
        new SlotPool(facilities, preset.gapDays, 'night'),
        preset.roundClients,
        preset.roundSeconds,
        results,
        cpu,
      );
    });
    log(`Load mix, ${preset.manyReadClients} clients, ${preset.mixSeconds} s…`);
    await attempt(results, 'Load mix', async () => {
      await mixScenario(
        svc,
        facilities,
        morning,
        { round, page: READ_ENDPOINTS[1], worklist: READ_ENDPOINTS[2] },
        preset.manyReadClients,
        preset.mixSeconds,
        results,
      );
    });

    log('Plans…');
    await attempt(results, 'Plans', async () => {
      await collectPlans(url, PLAN_QUERIES, results);
    });
    await service.stop();
    service = undefined;

    log(`Overdue job at ${overdueSizes.join(', ')} schedules…`);
    await attempt(results, 'Overdue job', async () => {
      await overdueScenario(server.url, overdueSizes, results, log);
    });

    const wallSeconds = (Date.now() - started) / 1000;
    const fmt = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');
    results.detail(
      `Load average (1, 5, 15 min) at the start ${fmt(loadAtStart)}, at the end ${fmt(loadavg())}, on ${availableParallelism()} cores: above the core count, other work shared the machine and the throughputs are low; the CPU per request holds up better.`,
    );
    log('');
    log(results.table());
    log(`\nTotal ${(wallSeconds / 60).toFixed(1)} min`);
    if (!args.has('no-write')) {
      writeResults(
        'docs/benchmarks.md',
        renderResults(results, {
          date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
          preset: presetName,
          machine: machine(pgVersion, server.kind),
          wallSeconds,
        }),
      );
      log('Results written to docs/benchmarks.md');
    }
  } finally {
    await service?.stop();
    if (!args.has('keep')) await dropDatabase(server.url, DB).catch(() => undefined);
    await server.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
