import { execFile } from 'node:child_process';
import type { TestApp } from '../support/test-app';

/**
 * Prints the text of the PDF read from stdin. It runs in a child process: pdf-parse (pdfjs) needs
 * dynamic import(), which jest's VM refuses without --experimental-vm-modules.
 */
const PDF_TEXT_SCRIPT = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: Buffer.concat(chunks) });
  try {
    const { text } = await parser.getText();
    process.stdout.write(text);
  } finally {
    await parser.destroy();
  }
});`;

/** The text of a PDF, NFC-normalised, as a reader (pdftotext-like) extracts it. */
export async function pdfText(bytes: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['-e', PDF_TEXT_SCRIPT],
      { cwd: process.cwd(), maxBuffer: 20 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout) => (err ? reject(new Error(err.message)) : resolve(stdout.normalize('NFC'))),
    );
    child.stdin?.end(bytes);
  });
}

export interface ReportBody {
  id: string;
  facilityId: string;
  kind: string;
  period: string;
  reportVersion: number;
  status: string;
  reportNo: string;
  reason: string | null;
  changedFigures: string[] | null;
  data: Record<string, unknown> & {
    census: Record<string, unknown>;
    composition: Record<string, unknown>;
    allowance: Record<string, unknown>;
    annex: { code: string; birthYear: number | null; categories: string[] }[];
  };
  sha256: string;
  pdfBytes: number;
  generator: string;
  generatedBy: string | null;
  generatedAt: string;
  version: number;
}

export function reportsApi(t: TestApp) {
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const api = {
    monthly: (token: string, body: Record<string, unknown>) =>
      t.http().post('/api/v1/reports/monthly').set(auth(token)).send(body),
    periodic: (token: string, body: Record<string, unknown>) =>
      t.http().post('/api/v1/reports/periodic').set(auth(token)).send(body),
    async generated(token: string, body: Record<string, unknown>): Promise<ReportBody> {
      const res = await api.monthly(token, body);
      if (res.status !== 201) throw new Error(`report answered ${res.status}: ${res.text}`);
      return res.body as ReportBody;
    },
    list: (token: string, query: Record<string, string | number> = {}) =>
      t.http().get('/api/v1/reports').query(query).set(auth(token)),
    get: (token: string, id: string) => t.http().get(`/api/v1/reports/${id}`).set(auth(token)),
    pdf: (token: string, id: string) =>
      t
        .http()
        .get(`/api/v1/reports/${id}/pdf`)
        .set(auth(token))
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        }),
    /** The PDF route without the binary parser: for the refusals (problem+json bodies). */
    pdfRefused: (token: string, id: string) =>
      t.http().get(`/api/v1/reports/${id}/pdf`).set(auth(token)),
    finalise: (token: string, id: string) =>
      t.http().post(`/api/v1/reports/${id}/finalise`).set(auth(token)).send({}),
    summary: (token: string, query: Record<string, string>) =>
      t.http().get('/api/v1/province/summary').query(query).set(auth(token)),
    exportCsv: (token: string) => t.http().get('/api/v1/exports/residents.csv').set(auth(token)),
    exportXlsx: (token: string) =>
      t
        .http()
        .get('/api/v1/exports/residents.xlsx')
        .set(auth(token))
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        }),
  };
  return api;
}
