import type { BenchFacility } from '../lib/context';
import { closedLoop, expectStatus, LoadResult } from '../lib/load';
import { SEARCH_TERMS } from '../lib/names';
import { ms, Results } from '../lib/results';
import type { Service } from '../lib/service';

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

/** Each read endpoint alone, `clients` concurrent clients spread over the facilities. */
export async function readScenario(
  service: Service,
  facilities: BenchFacility[],
  endpoints: ReadEndpoint[],
  clients: number,
  seconds: number,
  results: Results,
): Promise<void> {
  for (const e of endpoints) {
    const r = await closedLoop(
      clients,
      seconds,
      async (c, n) => {
        const f = facilities[c % facilities.length];
        const { path, token } = e.request(f, c, n);
        return expectStatus(await service.http.send('GET', path, { token }), 200, e.name);
      },
      Math.min(2, seconds / 4),
    );
    results.add({
      scenario: `Read: ${e.name} (${clients} clients)`,
      figure: pct(r),
      target: 'p95 < 25 ms, 0 errors',
      met: r.p95 < 25 && r.errors === 0,
      note: r.errorSamples.join('; ') || undefined,
    });
  }
}
