import { ConfigError } from '@office/runtime';
import { ValidationFailedException } from '../apps/api/src/http/validation';

/** A command line the script cannot understand: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

/** The flags a script understands, named without their dashes. `help` is always a switch. */
export interface FlagSpec {
  /** Flags that take a value: `--out x` or `--out=x`. */
  values?: readonly string[];
  /** Flags that take none: `--json`. */
  switches?: readonly string[];
}

export interface ParsedArgs {
  /** Arguments that are not flags nor flag values, in order (everything after a bare `--` included). */
  positionals: string[];
  option(name: string): string | undefined;
  has(name: string): boolean;
}

/**
 * Parses the arguments strictly, so that a mistyped or misplaced flag is a usage error instead of
 * being silently ignored (the operator would believe it applied): an unknown flag, a value flag
 * without a value, a switch given a value (`--json=1`), a flag given twice.
 */
export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const values = new Set(spec.values ?? []);
  const switches = new Set([...(spec.switches ?? []), 'help']);
  const given = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const match = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new UsageError(`"${arg}" is not a flag this command understands (flags are --name or --name=value)`);
    const [, name, inline] = match;
    if (given.has(name)) throw new UsageError(`--${name} is given twice`);
    if (switches.has(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      given.set(name, true);
    } else if (values.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      given.set(name, value);
    } else {
      throw new UsageError(`unknown flag --${name}`);
    }
  }
  return {
    positionals,
    option: (name) => {
      const value = given.get(name);
      return typeof value === 'string' ? value : undefined;
    },
    has: (name) => given.has(name),
  };
}

/** The signals a tool is stopped with, and the exit code the shell reports for each (128 + its number). */
const STOP_SIGNALS = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Runs a script's `main` with the process arguments and exits: 0 when done, 2 for a usage,
 * configuration or validation problem (the operator can fix the command), 1 for anything else.
 * Stopped by a signal, it exits through `process.exit`: Node's default would end the process
 * without its 'exit' listeners, and an embedded PostgreSQL the tool started (stopped on 'exit',
 * libs/runtime/src/embedded-postgres.ts) would outlive it.
 */
export function runCli(main: (argv: string[]) => Promise<void>, usage: string): void {
  for (const [signal, code] of Object.entries(STOP_SIGNALS)) {
    process.once(signal, () => {
      console.error(`${signal}: stopping`);
      process.exit(code);
    });
  }
  main(process.argv.slice(2)).then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      if (error instanceof UsageError) console.error(`${error.message}\n\n${usage}`);
      else if (error instanceof ValidationFailedException) console.error(error.problems.map((p) => `${p.field}: ${p.message}`).join('\n'));
      else if (error instanceof ConfigError) console.error(error.message);
      else console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(error instanceof UsageError || error instanceof ConfigError || error instanceof ValidationFailedException ? 2 : 1);
    },
  );
}
