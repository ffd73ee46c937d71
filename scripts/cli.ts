import { ConfigError } from '@office/runtime';
import { ValidationFailedException } from '../apps/api/src/http/validation';

/** A command line the script cannot understand: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

/** The value after `--name` in the arguments; a flag given without a value is a usage error. */
export function option(argv: string[], name: `--${string}`): string | undefined {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return value;
}

/**
 * Runs a script's `main` with the process arguments and exits: 0 when done, 2 for a usage,
 * configuration or validation problem (the operator can fix the command), 1 for anything else.
 */
export function runCli(main: (argv: string[]) => Promise<void>, usage: string): void {
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
