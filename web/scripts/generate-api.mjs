// Writes src/api/schema.d.ts from the service's own OpenAPI document (the one served at
// /docs-json), exported without a database by dist/scripts/openapi-export.js (`npm run build`
// at the root builds it). With --check, writes nothing and fails when the committed file is stale.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(web, '..');
const exporter = join(root, 'dist', 'scripts', 'openapi-export.js');
const target = join(web, 'src', 'api', 'schema.d.ts');
const check = process.argv.includes('--check');

if (!existsSync(exporter)) {
  console.error(`No ${relative(root, exporter)}: build the service first (npm run build at the root).`);
  process.exit(1);
}
/**
 * openapi-fetch does not type response headers (read them from `response.headers`); the rate-limit
 * headers every answer documents would double the size of the generated file.
 */
function withoutResponseHeaders(doc) {
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item)) {
      for (const response of Object.values(op?.responses ?? {})) delete response.headers;
    }
  }
  return doc;
}

const tmp = mkdtempSync(join(tmpdir(), 'maiam-openapi-'));
let generated;
try {
  const doc = join(tmp, 'openapi.json');
  execFileSync(process.execPath, [exporter, doc], { cwd: root, stdio: 'ignore' });
  const ast = await openapiTS(withoutResponseHeaders(JSON.parse(readFileSync(doc, 'utf8'))));
  generated =
    '/**\n * Generated from the service\'s OpenAPI document by web/scripts/generate-api.mjs.\n' +
    ' * Do not edit: change the controllers and DTOs, then run `npm run api:generate -w web`.\n */\n\n' +
    astToString(ast);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
if (check) {
  if (current !== generated) {
    console.error(
      `${relative(root, target)} is stale: the API changed. Run \`npm run build && npm run api:generate -w web\` and commit it.`,
    );
    process.exit(1);
  }
  console.log(`${relative(root, target)} is up to date with the service's OpenAPI document.`);
} else if (current !== generated) {
  writeFileSync(target, generated);
  console.log(`${relative(root, target)} regenerated.`);
} else {
  console.log(`${relative(root, target)} unchanged.`);
}
