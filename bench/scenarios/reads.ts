import type { BenchFacility } from '../lib/context';
import { CpuMeter, cpuText, type CpuUse } from '../lib/cpu';
import { closedLoop, expectStatus, LoadResult } from '../lib/load';
import { SEARCH_TERMS } from '../lib/names';
import { ms, Results } from '../lib/results';
import type { BareService, Service } from '../lib/service';

export interface ReadEndpoint {
  name: string;
  /** The request client `c` sends as its `n`-th. */
  request(f: BenchFacility, c: number, n: number): { path: string; token: string };
}

export const READ_ENDPOINTS: ReadEndpoint[] = [
  {
    name: 'resident list, q search',
    request: (f, c, n) => ({
      path: `/api/v1/residents?status=active&q=${encodeURIComponent(SEARCH_TERMS[(c + n) % SEARCH_TERMS.length])}`,
      token: f.tokens.caretaker,
    }),
  },
  {
    name: "resident's page",
    request: (f, c, n) => ({
      path: `/api/v1/residents/${f.residentIds[(c * 31 + n * 7) % f.residentIds.length]}`,
      token: f.tokens.caretaker,
    }),
  },
  {
    name: 'health worklist (overdue)',
    request: (f) => ({ path: `/api/v1/health-worklist?status=overdue`, token: f.tokens.nurse }),
  },
];

export function pct(r: LoadResult): string {
  return `p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)}; ${Math.round(r.perSecond)} req/s, ${r.requests} requests, ${r.errors} errors`;
}

/** Where the CPU per request is read from (/proc): the service's process tree and PostgreSQL's. */
export interface CpuSources {
  service: number | null;
  postgres: number | null;
}

/** `clients` closed-loop GETs of one endpoint against a base (the service, or the bare ceiling). */
export async function readLoad(
  http: Service['http'],
  facilities: BenchFacility[],
  e: ReadEndpoint,
  clients: number,
  seconds: number,
  cpu: CpuSources,
): Promise<LoadResult & { cpu: CpuUse }> {
  const meter = new CpuMeter(cpu.service, cpu.postgres);
  const r = await closedLoop(
    clients,
    seconds,
    async (c, n) => {
      const f = facilities[c % facilities.length];
      const { path, token } = e.request(f, c, n);
      return expectStatus(await http.send('GET', path, { token }), 200, e.name);
    },
    Math.min(2, seconds / 4),
    meter,
  );
  return { ...r, cpu: meter.perRequest(r.requests) };
}

/**
 * Each read endpoint alone: at `clients` (a centre's real concurrency, 10: p95 < 25 ms, and for
 * the resident's page and the round view ≥ 0.5 × the bare service's throughput, measured right
 * after on the same requests), then at `manyClients` (100: reported, no target).
 */
export async function readScenario(
  service: Service,
  facilities: BenchFacility[],
  endpoints: ReadEndpoint[],
  clients: number,
  manyClients: number,
  seconds: number,
  results: Results,
  cpu: CpuSources,
  bare: BareService | null,
  bareEndpoints: ReadEndpoint[],
): Promise<void> {
  for (const e of endpoints) {
    const r = await readLoad(service.http, facilities, e, clients, seconds, cpu);
    const ceiling =
      bare && bareEndpoints.includes(e)
        ? await readLoad(bare.http, facilities, e, clients, seconds, {
            service: bare.proc.pid ?? null,
            postgres: cpu.postgres,
          })
        : null;
    const ratio = ceiling ? r.perSecond / ceiling.perSecond : NaN;
    results.add({
      scenario: `Read: ${e.name} (${clients} clients)`,
      figure:
        `${pct(r)}; ${cpuText(r.cpu)}` +
        (ceiling
          ? ` — bare node:http + pg ${pct(ceiling)}; ${cpuText(ceiling.cpu)} — ratio ${ratio.toFixed(2)}`
          : ''),
      target: ceiling ? 'p95 < 25 ms, ratio ≥ 0.5, 0 errors' : 'p95 < 25 ms, 0 errors',
      met: r.p95 < 25 && r.errors === 0 && (ceiling ? ratio >= 0.5 : true),
      note: r.errorSamples.join('; ') || ceiling?.errorSamples.join('; ') || undefined,
    });
  }
  for (const e of endpoints) {
    const r = await readLoad(service.http, facilities, e, manyClients, seconds, cpu);
    results.add({
      scenario: `Read: ${e.name} (${manyClients} clients)`,
      figure: `${pct(r)}; ${cpuText(r.cpu)}`,
      target: 'reported (p95 < 25 ms would need ~4,000 req/s)',
      met: r.errors === 0 ? null : false,
      note: r.errorSamples.join('; ') || undefined,
    });
  }
}
