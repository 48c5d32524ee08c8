import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  /** Up to five distinct error descriptions (status and path, or the exception's message). */
  errorSamples: string[];
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The value below which `q` of the sorted samples fall (nearest rank). */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/**
 * A closed loop: `concurrency` clients, each sending its next operation as soon as the previous one
 * answered, for `seconds` (after `warmupSeconds` not counted). `op` resolves to null when the
 * answer was as expected, or to a short description of the error.
 */
export async function closedLoop(
  concurrency: number,
  seconds: number,
  op: (client: number, n: number) => Promise<string | null>,
  warmupSeconds = 0,
  meter?: { start(): void; stop(): void },
): Promise<LoadResult> {
  const latencies: number[] = [];
  const samples = new Set<string>();
  let errors = 0;
  const warmEnd = Date.now() + warmupSeconds * 1000;
  const end = warmEnd + seconds * 1000;
  let measuredFrom = 0;
  // The meter's window is the measured one: from the warm-up's end to the last answer.
  const warmTimer = meter ? setTimeout(() => meter.start(), warmupSeconds * 1000) : undefined;
  const client = async (c: number): Promise<void> => {
    let n = 0;
    while (Date.now() < end) {
      const t0 = process.hrtime.bigint();
      let error: string | null;
      try {
        error = await op(c, n++);
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
      }
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (Date.now() < warmEnd) continue;
      if (!measuredFrom) measuredFrom = Date.now() - ms;
      latencies.push(ms);
      if (error) {
        errors++;
        if (samples.size < 5) samples.add(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, c) => client(c)));
  clearTimeout(warmTimer);
  meter?.stop();
  const elapsed = (Date.now() - (measuredFrom || Date.now())) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    errorSamples: [...samples],
    seconds: elapsed,
    perSecond: elapsed > 0 ? latencies.length / elapsed : 0,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: latencies[latencies.length - 1] ?? NaN,
  };
}

export interface HttpAnswer {
  status: number;
  body: string;
}

/** A small HTTP/1.1 client over keep-alive connections (one socket per concurrent client). */
export class HttpClient {
  private readonly agent: Agent;

  constructor(
    private readonly base: URL,
    sockets: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  }

  send(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<HttpAnswer> {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: this.base.hostname,
          port: this.base.port,
          path,
          method,
          headers,
          agent: this.agent,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Describes an unexpected answer for the error samples (status and path; never the body). */
export function expectStatus(answer: HttpAnswer, expected: number, what: string): string | null {
  if (answer.status === expected) return null;
  let detail = '';
  try {
    const p = JSON.parse(answer.body) as { title?: string };
    detail = p.title ? ` ${p.title}` : '';
  } catch {
    // not JSON
  }
  return `${what}: ${answer.status}${detail}`;
}
