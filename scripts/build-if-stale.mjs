// `npm start`'s prestart: builds only when a source changed since the last build, so a restart
// does not spend ten seconds recompiling an unchanged tree. Plain JavaScript: it runs before
// anything is compiled.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** What tsconfig.build.json compiles, and what decides how. */
const SOURCE_FOLDERS = ['apps', 'libs', 'bench', 'scripts'];
const BUILD_INPUTS = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
/** Left out by tsconfig.build.json: changing them changes nothing in dist. */
const NOT_BUILT = /\.(spec|e2e|cases)\.ts$|(^|\/)testing\//;
const STAMP = join(root, 'dist', '.build-stamp');
const ENTRY = join(root, 'dist', 'apps', 'server', 'src', 'main.js');

/** Path, size and modification time of every input: any edit, addition or removal changes it. */
function fingerprint() {
  const hash = createHash('sha256');
  const add = (path) => {
    const { size, mtimeMs } = statSync(path);
    hash.update(`${relative(root, path)}\0${size}\0${mtimeMs}\n`);
  };
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(path);
      } else if (entry.name.endsWith('.ts') && !NOT_BUILT.test(relative(root, path))) {
        add(path);
      }
    }
  };
  SOURCE_FOLDERS.forEach((folder) => walk(join(root, folder)));
  BUILD_INPUTS.forEach((file) => add(join(root, file)));
  return hash.digest('hex');
}

// Taken before building: a file edited during the build makes the next start build again.
const current = fingerprint();
if (existsSync(ENTRY) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === current) {
  process.exit(0);
}
const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
writeFileSync(STAMP, current);
