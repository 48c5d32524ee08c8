import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import request, { type Response, type Test } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { OpenApiResponseChecker } from './openapi-responses';

/** What one test file's answers did against the served document. */
export interface OpenApiCheckLog {
  file: string;
  operations: number;
  responses: number;
  violations: string[];
}

const reportDir = (run: string | undefined = process.env.MAIAM_TEST_RUN): string =>
  join(tmpdir(), `maiam-openapi-check-${run ?? 'none'}`);

/**
 * A supertest agent for `server` whose every answer is checked against the OpenAPI document the
 * server itself serves at /docs-json; the violations go to `log`.
 */
export async function checkedAgent(
  server: Server,
  file: string,
): Promise<{ http: () => TestAgent; log: OpenApiCheckLog }> {
  const served = await request(server).get('/docs-json');
  if (served.status !== 200) throw new Error(`/docs-json answered ${served.status}`);
  const checker = new OpenApiResponseChecker(served.body as OpenAPIObject);
  const log: OpenApiCheckLog = {
    file,
    operations: checker.operations,
    responses: 0,
    violations: [],
  };
  const watch = (test: Test): Test =>
    test.on('response', (res: Response) => {
      log.responses += 1;
      log.violations.push(...checker.check(test.method, test.url, res));
    });
  const http = (): TestAgent =>
    new Proxy(request(server), {
      get(target, prop, receiver) {
        const value: unknown = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const made: unknown = Reflect.apply(value, target, args);
          return made && typeof made === 'object' && 'on' in made ? watch(made as Test) : made;
        };
      },
    });
  return { http, log };
}

/**
 * Keeps a file's log for the run's summary (global-teardown) and fails the file on any
 * violation: the document must describe every answer the suite sees.
 */
export function settleOpenApiCheck(log: OpenApiCheckLog): void {
  const dir = reportDir();
  mkdirSync(dir, { recursive: true });
  const name = `${basename(log.file)}-${process.pid}-${Date.now()}.json`;
  writeFileSync(join(dir, name), JSON.stringify(log));
  const unique = [...new Set(log.violations)];
  if (unique.length > 0) {
    throw new Error(
      `${log.violations.length} answers disagree with the served OpenAPI document ` +
        `(${unique.length} distinct):\n${unique.join('\n')}`,
    );
  }
}

/** The run's totals, printed by global-teardown; the per-file logs are removed. */
export function summariseOpenApiCheck(run: string): string | undefined {
  const dir = reportDir(run);
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return undefined;
  }
  const logs = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as OpenApiCheckLog);
  rmSync(dir, { recursive: true, force: true });
  const responses = logs.reduce((n, l) => n + l.responses, 0);
  const violations = logs.flatMap((l) => l.violations);
  const distinct = [...new Set(violations)];
  const operations = Math.max(0, ...logs.map((l) => l.operations));
  return (
    `OpenAPI response check: ${responses} answers of ${logs.length} app starts checked against ` +
    `the served document (${operations} operations): ${violations.length} violations` +
    (distinct.length > 0 ? ` (${distinct.length} distinct)\n${distinct.sort().join('\n')}` : '')
  );
}
