import type { BenchFacility } from '../lib/context';
import { percentile } from '../lib/load';
import { Results } from '../lib/results';
import type { Service } from '../lib/service';

export function lastMonths(count: number, today = new Date()): string[] {
  const out: string[] = [];
  for (let i = 1; i <= count; i++) {
    const d = new Date(Date.UTC(today.getFullYear(), today.getMonth() - i, 1));
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}

export interface ReportFigures {
  medianMs: number;
  maxMs: number;
  peakRssMb: number;
  /** RSS of the idle service just before the reports. */
  baseRssMb: number;
}

/**
 * `POST /reports/monthly` for facility 1 (figures, PDF, archive), once per month of `months`, one
 * at a time; a month already generated is generated again with a reason (a new version, the same
 * work plus the diff). Peak RSS is the service process's high-water mark over these requests.
 */
export async function monthlyReport(
  service: Service,
  f: BenchFacility,
  months: string[],
): Promise<ReportFigures> {
  const times: number[] = [];
  const baseRssMb = service.rssMb();
  const resetOk = service.resetPeakRss();
  for (const month of months) {
    const t0 = process.hrtime.bigint();
    const r = await service.http.send('POST', '/api/v1/reports/monthly', {
      token: f.tokens.admin,
      body: { month, reason: 'Đo hiệu năng (bench)' },
      headers: { 'idempotency-key': `bench-${month}-${Date.now()}` },
    });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 201 && r.status !== 200) {
      throw new Error(`monthly report ${month}: ${r.status} ${r.body.slice(0, 300)}`);
    }
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: percentile(times, 0.5),
    maxMs: times[times.length - 1],
    peakRssMb: resetOk ? service.peakRssMb() : NaN,
    baseRssMb,
  };
}

export function addReportRows(
  results: Results,
  label: string,
  r: ReportFigures,
  residents: number,
  years: number,
): void {
  results.add({
    scenario: `Monthly report, ${label}`,
    figure: `median ${(r.medianMs / 1000).toFixed(2)} s, max ${(r.maxMs / 1000).toFixed(2)} s, peak RSS ${r.peakRssMb.toFixed(0)} MB (idle ${r.baseRssMb.toFixed(0)} MB; ${residents} residents, ${years} y history)`,
    target: '< 2 s and < 200 MB',
    met: r.maxMs < 2000 && r.peakRssMb < 200,
  });
}
