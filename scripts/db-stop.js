#!/usr/bin/env node
// Stops an embedded PostgreSQL left running by a killed `npm start` (see docs/operations.md).
const { existsSync, readFileSync } = require('node:fs');
const { resolve } = require('node:path');

const dataDir = resolve(process.env.EMBEDDED_PG_DATA_DIR || '.data/postgres');
const pidFile = resolve(dataDir, 'postmaster.pid');
if (!existsSync(pidFile)) {
  console.log(`No embedded PostgreSQL is running from ${dataDir}.`);
  process.exit(0);
}
const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
try {
  process.kill(pid, 'SIGINT'); // PostgreSQL's "fast" shutdown: clean, rolls back open transactions
} catch {
  console.log(`The pid file names ${pid}, which is not running; PostgreSQL will clean up on the next start.`);
  process.exit(0);
}
const deadline = Date.now() + 30000;
const timer = setInterval(() => {
  if (!existsSync(pidFile)) {
    clearInterval(timer);
    console.log(`Stopped the embedded PostgreSQL (pid ${pid}).`);
  } else if (Date.now() > deadline) {
    clearInterval(timer);
    console.error(`PostgreSQL (pid ${pid}) did not stop within 30 s.`);
    process.exit(1);
  }
}, 200);
