import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { XlsxTableAnswer, XlsxTableRequest } from './xlsx-table.worker';

/** What reading one workbook may take; beyond it the file is refused, the service unharmed. */
export interface XlsxLimits {
  timeoutMs: number;
  heapMb: number;
  /** The most bytes the workbook's parts may unpack to (outside the heap: media buffers). */
  maxUnpackedBytes: number;
  /** Workbooks read at once; more wait their turn (each worker takes up to heapMb and more). */
  concurrency: number;
  maxRows: number;
  maxColumns: number;
}

export class XlsxRefused extends Error {}

// Built: the compiled worker beside this file. Under ts-jest or ts-node: the TypeScript source,
// compiled on the fly in the worker.
const compiled = __filename.endsWith('.js');
const WORKER_FILE = join(__dirname, `xlsx-table.worker.${compiled ? 'js' : 'ts'}`);
const WORKER_ARGV = compiled ? [] : ['--require', 'ts-node/register/transpile-only'];

/**
 * The first sheet of an XLSX file as cell texts, read in a worker thread with its own heap limit
 * and a time limit: a workbook crafted to exhaust memory or spin (exceljs 4.4.0 has several such
 * advisories and no fixed release) ends the worker, not the service, and is refused.
 */
export async function readXlsxTable(buffer: Buffer, limits: XlsxLimits): Promise<string[][]> {
  await turn(limits.concurrency);
  try {
    return await readInWorker(buffer, limits);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

let running = 0;
const waiting: (() => void)[] = [];

/** Resolves when fewer than `concurrency` workbooks are being read; then counts this one. */
async function turn(concurrency: number): Promise<void> {
  while (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
}

function readInWorker(buffer: Buffer, limits: XlsxLimits): Promise<string[][]> {
  const request: XlsxTableRequest = {
    buffer: new Uint8Array(buffer),
    maxRows: limits.maxRows,
    maxColumns: limits.maxColumns,
    maxUnpackedBytes: limits.maxUnpackedBytes,
  };
  const worker = new Worker(WORKER_FILE, {
    workerData: request,
    execArgv: WORKER_ARGV,
    resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 16 },
    stdout: true,
    stderr: true,
  });
  return new Promise<string[][]>((resolve, reject) => {
    const refuse = (why: string) => {
      clearTimeout(timer);
      void worker.terminate();
      reject(new XlsxRefused(why));
    };
    const timer = setTimeout(
      () => refuse(`reading the workbook took longer than ${limits.timeoutMs / 1000} s`),
      limits.timeoutMs,
    );
    worker.once('message', (answer: XlsxTableAnswer) => {
      if ('refused' in answer) refuse(answer.refused);
      else {
        clearTimeout(timer);
        void worker.terminate();
        resolve(answer.table);
      }
    });
    worker.once('error', (err: Error & { code?: string }) =>
      refuse(
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `reading the workbook needs more than ${limits.heapMb} MB`
          : 'not a readable XLSX file',
      ),
    );
    worker.once('exit', () => refuse('not a readable XLSX file'));
  });
}
