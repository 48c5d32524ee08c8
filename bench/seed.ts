/**
 * npm run bench:seed -- --facilities 10 --residents-per-facility 500 --years 3 [--database maiam_bench]
 * Creates the database afresh (DATABASE_URL's server, or the embedded one), migrates it and loads
 * synthetic data with set-based INSERT … SELECT; prints the rows per table and the rate.
 */
import { numberArg, parseArgs } from './lib/args';
import { benchServer, databaseSize, freshDatabase } from './lib/db';
import { seedData } from './lib/seed-data';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const facilities = numberArg(args, 'facilities', 10);
  const residents = numberArg(args, 'residents-per-facility', 500);
  const years = numberArg(args, 'years', 3);
  const name = args.get('database') ?? 'maiam_bench';
  const server = await benchServer();
  try {
    const url = await freshDatabase(server.url, name);
    process.stdout.write(
      `Seeding ${name} on the ${server.kind}: ${facilities} facilities × ${residents} residents × ${years} years\n`,
    );
    const r = await seedData(url, {
      facilities,
      residentsPerFacility: residents,
      years,
      onStep: (s) =>
        process.stdout.write(
          `  ${s.table.padEnd(20)} ${String(s.rows).padStart(10)} rows ${s.seconds.toFixed(1).padStart(6)} s\n`,
        ),
    });
    process.stdout.write(
      `Loaded ${r.rows} rows in ${r.seconds.toFixed(1)} s (${Math.round(r.rows / r.seconds)} rows/s); ` +
        `${r.alertsRaised} overdue alerts raised; VACUUM ANALYZE ${r.analyzeSeconds.toFixed(1)} s; ` +
        `database ${await databaseSize(url)}\n`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:seed failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
