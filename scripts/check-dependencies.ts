import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { judge, recordedExceptions, type DependencyFacts } from './dependency-policy';

const run = promisify(execFile);
/** Run from the repository's root, as npm scripts and CI do. */
const root = process.cwd();
/** Registry look-ups at once: each is an npm process, mostly waiting on the network. */
const PARALLEL = 16;

/**
 * `node dist/scripts/check-dependencies.js` (CI): asks the npm registry, through npm, about every
 * direct dependency of package.json, and fails (exit code 1) on one that is deprecated or more
 * than one major behind the latest without a reason recorded in the README's "Dependency
 * exceptions".
 */
async function main(): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const direct = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies });
  const facts: DependencyFacts[] = [];
  for (let i = 0; i < direct.length; i += PARALLEL) facts.push(...(await Promise.all(direct.slice(i, i + PARALLEL).map(([name, pinned]) => registryFacts(name, pinned)))));
  const verdicts = judge(facts, recordedExceptions(readFileSync(join(root, 'README.md'), 'utf8')));
  for (const verdict of verdicts) console.log(`${verdict.excused ? 'excused' : 'REFUSED'}  ${verdict.name}: ${verdict.problem}${verdict.excused ? ` (README: ${verdict.excused})` : ''}`);
  const refused = verdicts.filter((v) => !v.excused);
  console.log(`${direct.length} direct dependencies checked: ${refused.length} refused, ${verdicts.length - refused.length} excused`);
  if (refused.length > 0) process.exitCode = 1;
}

async function registryFacts(name: string, pinned: string): Promise<DependencyFacts> {
  const { stdout } = await run('npm', ['view', `${name}@${pinned}`, 'dist-tags.latest', 'deprecated', '--json'], { maxBuffer: 1 << 20 });
  // One field answers a bare string, several an object keyed by field.
  const answer = stdout.trim() ? (JSON.parse(stdout) as string | Record<string, string>) : {};
  const fields = typeof answer === 'string' ? { 'dist-tags.latest': answer } : answer;
  const latest = fields['dist-tags.latest'];
  if (!latest) throw new Error(`the registry does not know ${name}@${pinned}`);
  return { name, pinned, latest, deprecated: fields.deprecated || null };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
