/**
 * Writes the OpenAPI document that the service serves at /docs-json, without a database: the
 * application is created in Nest's preview mode (modules and routes, no providers run).
 * Usage, after `npm run build`: node dist/scripts/openapi-export.js [out.json]
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../src/app.module';
import { buildOpenApi } from '../src/app.setup';
import { API_PREFIX } from '../src/common/http/api-prefix';
import { loadConfig } from '../src/config/load-config';

async function main(): Promise<void> {
  const out = process.argv[2] ?? 'openapi.json';
  const config = loadConfig({
    DATABASE_URL: 'postgres://unused@127.0.0.1/unused',
    JWT_SECRET: 'openapi-export-openapi-export-openapi-export',
    LOG_LEVEL: 'silent',
    RUN_JOBS: 'false',
  });
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, config.databaseUrl ?? ''),
    { preview: true, logger: false, abortOnError: false },
  );
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health', 'health/ready'] });
  const doc = buildOpenApi(app);
  writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`);
  process.stdout.write(`${out}: ${Object.keys(doc.paths).length} paths\n`);
}

void main();
