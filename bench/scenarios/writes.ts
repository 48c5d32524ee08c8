import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import type { BenchFacility } from '../lib/context';
import { closedLoop, expectStatus, LoadResult } from '../lib/load';
import { Results } from '../lib/results';
import type { Service } from '../lib/service';
import { CpuMeter, cpuText } from '../lib/cpu';
import { type CpuSources, pct } from './reads';

/**
 * An audited write measured against PostgreSQL's own ceiling in the same run: the service's POST
 * through HTTP (authentication, validation, facility scoping, idempotency key, the write and its
 * audit row in one transaction) with `clients` concurrent clients; then the same two INSERTs (the
 * record and its audit row) in one transaction, sent by `pg` over `clients` connections.
 */
export interface WriteSpec {
  name: string;
  /** The HTTP request of client `c`'s `n`-th write. */
  http(f: BenchFacility, c: number, n: number): { path: string; token: string; body: unknown };
  /** The record's INSERT and the audit row's INSERT, for the ceiling. */
  ceiling(f: BenchFacility, c: number, n: number): { record: Sql; audit: (id: string) => Sql };
}

interface Sql {
  text: string;
  values: unknown[];
}

export async function writeScenario(
  service: Service,
  poolUrl: string,
  facilities: BenchFacility[],
  spec: WriteSpec,
  clients: number,
  seconds: number,
  results: Results,
  label: string,
  cpu: CpuSources,
): Promise<{ service: LoadResult; ceiling: LoadResult }> {
  const warm = Math.min(2, seconds / 4);
  const serviceMeter = new CpuMeter(cpu.service, cpu.postgres);
  const ceilingMeter = new CpuMeter(null, cpu.postgres);
  const viaHttp = await closedLoop(
    clients,
    seconds,
    async (c, n) => {
      const f = facilities[c % facilities.length];
      const { path, token, body } = spec.http(f, c, n);
      const r = await service.http.send('POST', path, {
        token,
        body,
        headers: { 'idempotency-key': randomUUID() },
      });
      return expectStatus(r, 201, spec.name);
    },
    warm,
    serviceMeter,
  );
  const pool = new Pool({ connectionString: poolUrl, max: clients });
  let ceiling: LoadResult;
  try {
    ceiling = await closedLoop(
      clients,
      seconds,
      async (c, n) => {
        const f = facilities[c % facilities.length];
        const { record, audit } = spec.ceiling(f, c, n);
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const r = await client.query<{ id: string }>(record);
          await client.query(audit(r.rows[0].id));
          await client.query('COMMIT');
          return null;
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw err;
        } finally {
          client.release();
        }
      },
      warm,
      ceilingMeter,
    );
  } finally {
    await pool.end();
  }
  const ratio = viaHttp.perSecond / ceiling.perSecond;
  results.add({
    scenario: `${label} (${clients} clients)`,
    figure: `service ${pct(viaHttp)}; ${cpuText(serviceMeter.perRequest(viaHttp.requests))} — ceiling ${pct(ceiling)}; ${cpuText(ceilingMeter.perRequest(ceiling.requests))} — ratio ${ratio.toFixed(2)}`,
    target: 'ratio ≥ 0.5, 0 errors',
    met: ratio >= 0.5 && viaHttp.errors === 0,
    note: viaHttp.errorSamples.join('; ') || undefined,
  });
  return { service: viaHttp, ceiling };
}
