// `npm start`: builds the service and the staff web app only when their sources are newer than
// their last build, then runs the service. A start on unchanged sources is seconds, not a build.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** The newest modification time under the paths (files and folders, node_modules and dist left out). */
function newest(paths) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    latest = Math.max(latest, stat.mtimeMs);
    if (!stat.isDirectory()) return;
    for (const name of readdirSync(path)) {
      if (name === 'node_modules' || name === 'dist' || name === 'e2e') continue;
      visit(join(path, name));
    }
  };
  for (const p of paths) visit(join(root, p));
  return latest;
}

const builtAt = (file) => (existsSync(join(root, file)) ? statSync(join(root, file)).mtimeMs : -1);

function run(args, why) {
  console.log(`${why}: npm ${args.join(' ')}`);
  const result = spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const service = [
  'src',
  'migrations',
  'scripts',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'nest-cli.json',
];
if (newest(service) > builtAt('dist/src/main.js')) run(['run', 'build'], 'service sources changed');
else console.log('service: up to date (dist/src/main.js)');

const web = [
  'web/src',
  'web/public',
  'web/index.html',
  'web/vite.config.ts',
  'web/package.json',
  'web/tsconfig.json',
];
if (newest(web) > builtAt('web/dist/index.html'))
  run(['run', 'build', '-w', 'web'], 'web app sources changed');
else console.log('web app: up to date (web/dist/index.html)');

// The service in the foreground: a stop signal reaches it, and its exit code is ours.
const child = spawn(process.execPath, [join(root, 'dist/src/main.js')], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
