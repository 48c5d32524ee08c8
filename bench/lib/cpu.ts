import { readdirSync, readFileSync } from 'node:fs';
import { withClient } from './db';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS = 100;

interface Stat {
  ppid: number;
  /** utime + stime, own and of reaped children, in ticks. */
  own: number;
  children: number;
}

function statOf(pid: number): Stat | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name is in parentheses and may hold spaces: fields start after the last ')'
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return {
      ppid: Number(f[1]),
      own: Number(f[11]) + Number(f[12]),
      children: Number(f[13]) + Number(f[14]),
    };
  } catch {
    return null;
  }
}

/** The process and its live descendants. */
export function treeOf(root: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const st = statOf(pid);
    if (st) parents.set(pid, st.ppid);
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) {
    for (const [pid, ppid] of parents) if (ppid === out[i]) out.push(pid);
  }
  return out;
}

/**
 * CPU seconds used so far by a process tree (the service's primary and its workers, or the
 * PostgreSQL postmaster and its backends): every live process's own time, plus the root's
 * reaped children (a backend that ended during the measurement still counts).
 */
export function treeCpuSeconds(root: number): number {
  let ticks = 0;
  for (const pid of treeOf(root)) {
    const st = statOf(pid);
    if (!st) continue;
    ticks += st.own + (pid === root ? st.children : 0);
  }
  return ticks / TICKS;
}

/**
 * The postmaster's process id of the server at `url`, when it runs on this machine and the
 * bench may read its data directory (the embedded server; a local one as its superuser); else null.
 */
export async function postmasterPid(url: string): Promise<number | null> {
  try {
    const dir = await withClient(url, async (c) => {
      const r = await c.query<{ data_directory: string }>('SHOW data_directory');
      return r.rows[0].data_directory;
    });
    const pid = Number(readFileSync(`${dir}/postmaster.pid`, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && statOf(pid) ? pid : null;
  } catch {
    return null;
  }
}

export interface CpuUse {
  /** Service CPU milliseconds per request (all its processes). */
  serviceMs: number;
  /** PostgreSQL CPU milliseconds per request (the postmaster and every backend), NaN if unknown. */
  postgresMs: number;
}

/**
 * Counts the CPU the service and PostgreSQL spend between start() and stop(), for closedLoop's
 * measured window (after its warm-up).
 */
export class CpuMeter {
  private s0 = NaN;
  private p0 = NaN;
  private used: { service: number; postgres: number } | null = null;

  constructor(
    private readonly servicePid: number | null,
    private readonly postgresPid: number | null,
  ) {}

  private now(): { service: number; postgres: number } {
    return {
      service: this.servicePid ? treeCpuSeconds(this.servicePid) : NaN,
      postgres: this.postgresPid ? treeCpuSeconds(this.postgresPid) : NaN,
    };
  }

  start(): void {
    const n = this.now();
    this.s0 = n.service;
    this.p0 = n.postgres;
    this.used = null;
  }

  stop(): void {
    const n = this.now();
    this.used = { service: n.service - this.s0, postgres: n.postgres - this.p0 };
  }

  /** CPU milliseconds per request over the window. */
  perRequest(requests: number): CpuUse {
    const per = (d: number | undefined) =>
      d !== undefined && requests > 0 ? (d * 1000) / requests : NaN;
    return { serviceMs: per(this.used?.service), postgresMs: per(this.used?.postgres) };
  }
}

export function cpuText(c: CpuUse): string {
  const f = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)} ms` : 'n/a');
  return `CPU per request: service ${f(c.serviceMs)}, PostgreSQL ${f(c.postgresMs)}`;
}
