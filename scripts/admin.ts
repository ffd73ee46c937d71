import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { createFirstAdmin, firstAdminFromEnv } from '@office/read-models';
import { hashPassword } from '@office/runtime/password';
import { openToolPlatform } from '@office/runtime/running-postgres';
import { parseArgs, runCli, UsageError } from './cli';

const USAGE = `usage: npm run admin -- <command>
  create-first-admin --username <name> [--full-name "<họ và tên>"]
        the first administrator of an office that does not run the demo organisation: only while the
        organisation has nobody (FIRST_ADMIN_EXISTS otherwise). The password comes from ADMIN_PASSWORD,
        else it is asked for (at least 10 characters, not the username, not a common one)
connects like the product: DATABASE_URL, else the embedded PostgreSQL of DATA_DIR (./data)`;

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv, { values: ['username', 'full-name'] });
  const [command, ...rest] = args.positionals;
  if (!command || command === 'help' || args.has('help')) return void console.log(USAGE);
  if (command !== 'create-first-admin') throw new UsageError(`unknown command "${command}"`);
  if (rest.length > 0) throw new UsageError(`create-first-admin takes no arguments (got "${rest.join(' ')}")`);
  const username = args.option('username') ?? process.env.ADMIN_USERNAME;
  if (!username) throw new UsageError('--username is required');
  const password = process.env.ADMIN_PASSWORD ?? (await ask(`Mật khẩu cho ${username}: `));
  const fullName = args.option('full-name') ?? firstAdminFromEnv({ ...process.env, ADMIN_USERNAME: username, ADMIN_PASSWORD: password })!.fullName;
  // Never the demo organisation here: this command is for an office that keys in its own.
  const { platform, config, where } = await openToolPlatform({ ...process.env, SEED_DEMO_ORGANISATION: 'false', ADMIN_USERNAME: '', ADMIN_PASSWORD: '' }, (line) => console.error(line));
  console.error(`kết nối: ${where}`);
  try {
    const admin = await createFirstAdmin(platform.directory, { username, fullName, password }, (p) => hashPassword(p, config.passwordCost));
    console.log(`Đã tạo quản trị viên đầu tiên: ${admin.username} (${admin.fullName})`);
  } finally {
    await platform.close();
  }
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

runCli(main, USAGE);
