/**
 * The dependency policy CI enforces (README "Requirements"): a direct dependency may be neither
 * deprecated nor more than one major version behind the registry's latest, unless the README
 * records why under "Dependency exceptions". Pure: the registry facts come in as data.
 */

export interface DependencyFacts {
  name: string;
  /** The version package.json pins. */
  pinned: string;
  latest: string;
  /** The registry's deprecation message for the pinned version, if any. */
  deprecated: string | null;
}

export interface Verdict {
  name: string;
  problem: string;
  /** The recorded reason when an exception allows it. */
  excused: string | null;
}

function majorAndMinor(version: string): [number, number] {
  const [major, minor] = version.replace(/^[^\d]*/, '').split('.').map((part) => Number.parseInt(part, 10) || 0);
  return [major ?? 0, minor ?? 0];
}

/**
 * How many major lines `pinned` is behind `latest`, as semver treats breaking changes: each 0.x
 * minor is a line of its own, and 0.x → 1.0 is one step (0.3 → 1.1 is one behind, 0.3 → 2.0 two).
 */
export function majorsBehind(pinned: string, latest: string): number {
  const [pinnedMajor, pinnedMinor] = majorAndMinor(pinned);
  const [latestMajor, latestMinor] = majorAndMinor(latest);
  if (latestMajor === 0) return pinnedMajor === 0 ? Math.max(0, latestMinor - pinnedMinor) : 0;
  return pinnedMajor === 0 ? latestMajor : Math.max(0, latestMajor - pinnedMajor);
}

/** The exceptions table of the README: rows `| `name` | reason |` under a heading "Dependency exceptions". */
export function recordedExceptions(readme: string): Map<string, string> {
  const exceptions = new Map<string, string>();
  const start = readme.search(/^#+ Dependency exceptions/m);
  if (start < 0) return exceptions;
  const rest = readme.slice(start).split('\n').slice(1);
  for (const line of rest) {
    if (/^#+ /.test(line)) break;
    const match = /^\|\s*`([^`]+)`\s*\|\s*(.+?)\s*\|\s*$/.exec(line);
    if (match && match[2].trim() !== '') exceptions.set(match[1], match[2].trim());
  }
  return exceptions;
}

export function judge(facts: readonly DependencyFacts[], exceptions: ReadonlyMap<string, string>): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const dependency of facts) {
    const excused = exceptions.get(dependency.name) ?? null;
    if (dependency.deprecated) verdicts.push({ name: dependency.name, problem: `deprecated: ${dependency.deprecated}`, excused });
    const behind = majorsBehind(dependency.pinned, dependency.latest);
    if (behind > 1) verdicts.push({ name: dependency.name, problem: `${dependency.pinned} is ${behind} majors behind ${dependency.latest}`, excused });
  }
  return verdicts;
}
