import { summariseOpenApiCheck } from './openapi-check';
import { ENV_SERVER_URL, ENV_TEMPLATE, withClient } from './test-server';

export default async function globalTeardown(): Promise<void> {
  const summary = summariseOpenApiCheck(String(process.pid));
  if (summary) process.stdout.write(`\n${summary}\n`);
  const serverUrl = process.env[ENV_SERVER_URL];
  const template = process.env[ENV_TEMPLATE];
  if (serverUrl && template) {
    await withClient(serverUrl, async (c) => {
      const { rows } = await c.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
        [template, `maiam_t_${process.pid}_%`],
      );
      for (const { datname } of rows)
        await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    });
  }
  await globalThis.__maiamStopServer?.();
}
