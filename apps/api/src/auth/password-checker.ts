import { randomBytes } from 'node:crypto';
import type { User } from '@office/domain';
import { OrganisationDirectory } from '@office/read-models';
import { hashPassword, needsRehash, verifyPassword } from '@office/runtime/password';
import { DataSource } from 'typeorm';

/**
 * Checks a login. An unknown username is checked against a throwaway hash of the same cost, so
 * that both answers take one scrypt and the timing does not tell which usernames exist. A hash
 * stored with older parameters is replaced at the first successful login (the only moment the
 * password is known).
 */
export class PasswordChecker {
  private decoy?: Promise<string>;

  constructor(
    private readonly directory: OrganisationDirectory,
    private readonly dataSource: DataSource,
    /** log2 of scrypt's N (ApiRuntime.passwordCost). */
    private readonly cost: number,
    /** The hash comparison; a test wraps it to see that both paths hash. */
    private readonly verify: typeof verifyPassword = verifyPassword,
  ) {}

  /** The user when the password is theirs (and whether they must change it now); null otherwise, whether or not the username exists. */
  async check(username: string, password: string): Promise<(User & { mustChangePassword: boolean }) | null> {
    const found = await this.directory.credentials(username);
    const matches = await this.verify(password, found?.passwordHash ?? (await this.decoyHash()));
    if (!found || !matches) return null;
    if (needsRehash(found.passwordHash, this.cost)) {
      // Compare-and-set: a concurrent login that rehashed first keeps its own hash.
      await this.dataSource.query('UPDATE org_credentials SET password_hash = $1 WHERE id = $2 AND password_hash = $3', [await this.hash(password), found.credentialId, found.passwordHash]);
    }
    return { ...found.user, mustChangePassword: found.mustChangePassword };
  }

  /** A new password's hash at the configured cost, for the vault. */
  hash(password: string): Promise<string> {
    return hashPassword(password, this.cost);
  }

  private decoyHash(): Promise<string> {
    this.decoy ??= hashPassword(randomBytes(16).toString('base64'), this.cost);
    return this.decoy;
  }
}
