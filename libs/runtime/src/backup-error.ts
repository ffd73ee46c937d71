/** A backup or restore refused or failed for a reason the operator can act on: said without a stack trace. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}

/** A command's `main` that says a BackupError as its message alone, with exit code 1, and lets anything else through to runCli. */
export function sayingBackupErrors(main: (argv: string[]) => Promise<void>): (argv: string[]) => Promise<void> {
  return (argv) =>
    main(argv).catch((error: unknown) => {
      if (!(error instanceof BackupError)) throw error;
      console.error(error.message);
      process.exitCode = 1;
    });
}
