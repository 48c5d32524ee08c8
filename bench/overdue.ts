/**
 * The overdue job alone, at the sizes given (default 100000,1000000,10000000): each size in a
 * fresh database on the bench's PostgreSQL (embedded, or DATABASE_URL's server), the job's time,
 * its re-run and EXPLAIN (ANALYZE, BUFFERS) of its two statements. Prints; writes nothing.
 *
 * npm run bench:overdue [-- --sizes 100000,1000000,10000000]
 */
import { loadavg } from 'node:os';
import { benchServer } from './lib/db';
import { Results } from './lib/results';
import { overdueScenario } from './scenarios/overdue';

async function main(): Promise<void> {
  const i = process.argv.indexOf('--sizes');
  const sizes = (i >= 0 ? process.argv[i + 1] : '100000,1000000,10000000').split(',').map(Number);
  const server = await benchServer();
  const results = new Results();
  const log = (s: string): void => void process.stdout.write(`${s}\n`);
  try {
    log(`Overdue job at ${sizes.join(', ')} schedules on the ${server.kind}`);
    log(`Load average at the start: ${loadavg().map((x) => x.toFixed(2)).join(', ')}`);
    await overdueScenario(server.url, sizes, results, log);
    log(results.table());
    for (const p of results.plans) log(`\n#### ${p.title}\n\n${p.plan}`);
    log(`Load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(', ')}`);
  } finally {
    await server.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
