import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Organ } from '../edxml/edxml.types';
import { UnknownAgencyError, type DocumentExchange, type InboxMessage, type Settlement } from '../document-exchange.port';

/*
 * The embedded adapter: every agency has a folder under one exchange root (EXCHANGE_DIR), named by
 * its organ code:
 *
 *   <root>/<organId>/agency.json                 {organId, organName}: makes the agency known to the others
 *   <root>/<organId>/inbox/{packages,statuses}/  what others sent it, <id>.edxml
 *   <root>/<organId>/{processed,rejected}/{packages,statuses}/   handled messages, kept for inspection
 *   <root>/<organId>/tmp/                        messages being written
 *
 * A sender writes into the receiver's tmp/, fsyncs and renames into the inbox (same file system,
 * so the rename is atomic): a crash leaves at most a temporary file, never half a message.
 */

const KINDS = { package: 'packages', status: 'statuses' } as const;
type Kind = keyof typeof KINDS;
const SAFE_ID = /^[A-Za-z0-9._-]{1,120}$/;

function safe(id: string, what: string): string {
  if (!SAFE_ID.test(id) || id.startsWith('.')) throw new Error(`${what} "${id}" is not a safe file name`);
  return id;
}

export class FolderExchange implements DocumentExchange {
  private constructor(
    private readonly root: string,
    readonly self: Organ,
  ) {}

  /** Opens (and creates) this agency's folders and announces it to the others. */
  static async open(root: string, self: Organ): Promise<FolderExchange> {
    const exchange = new FolderExchange(root, { organId: safe(self.organId, 'organ code'), organName: self.organName });
    const home = exchange.home(self.organId);
    for (const folder of ['tmp', ...Object.values(KINDS).flatMap((k) => [`inbox/${k}`, `processed/${k}`, `rejected/${k}`])]) await mkdir(join(home, folder), { recursive: true });
    await exchange.writeAtomically(self.organId, join(home, 'agency.json'), JSON.stringify(exchange.self));
    return exchange;
  }

  async agencies(): Promise<Organ[]> {
    const found: Organ[] = [];
    for (const entry of await readdir(this.root, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const card = await readFile(join(this.root, entry.name, 'agency.json'), 'utf8').catch(() => null);
      if (card) found.push(JSON.parse(card) as Organ);
    }
    return found.sort((a, b) => a.organId.localeCompare(b.organId));
  }

  sendPackage(to: string, id: string, xml: string): Promise<void> {
    return this.send('package', to, id, xml);
  }

  sendStatus(to: string, id: string, xml: string): Promise<void> {
    return this.send('status', to, id, xml);
  }

  receivePackages(): Promise<InboxMessage[]> {
    return this.receive('package');
  }

  receiveStatuses(): Promise<InboxMessage[]> {
    return this.receive('status');
  }

  /** Moves a handled message out of the inbox; settling one already moved (by another process) does nothing. */
  async settle(kind: Kind, id: string, outcome: Settlement): Promise<void> {
    const home = this.home(this.self.organId);
    const name = `${safe(id, 'message id')}.edxml`;
    await rename(join(home, 'inbox', KINDS[kind], name), join(home, outcome, KINDS[kind], name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  describe(): string {
    return `edXML folders under ${this.root} as ${this.self.organId}`;
  }

  private home(organId: string): string {
    return join(this.root, organId);
  }

  private async send(kind: Kind, to: string, id: string, xml: string): Promise<void> {
    const home = this.home(safe(to, 'organ code'));
    if (!(await stat(join(home, 'agency.json')).catch(() => null))) throw new UnknownAgencyError(to);
    await this.writeAtomically(to, join(home, 'inbox', KINDS[kind], `${safe(id, 'message id')}.edxml`), xml);
  }

  private async receive(kind: Kind): Promise<InboxMessage[]> {
    const folder = join(this.home(this.self.organId), 'inbox', KINDS[kind]);
    const names = (await readdir(folder)).filter((n) => n.endsWith('.edxml'));
    const found = await Promise.all(names.map(async (name) => {
      const path = join(folder, name);
      // Another process may settle it between the listing and the read: then it is not waiting any more.
      const [xml, info] = await Promise.all([readFile(path, 'utf8').catch(() => null), stat(path).catch(() => null)]);
      return xml === null || info === null ? null : { id: name.slice(0, -'.edxml'.length), xml, at: info.mtimeMs };
    }));
    return found.filter((m) => m !== null).sort((a, b) => a.at - b.at || a.id.localeCompare(b.id)).map(({ id, xml }) => ({ id, xml }));
  }

  /**
   * tmp + fsync + rename + fsync of the folder: the receiver sees the whole file or none. A write that
   * fails (the receiver's inbox unwritable) removes its temporary file and throws, for the sender to retry.
   */
  private async writeAtomically(organId: string, target: string, text: string): Promise<void> {
    const temporary = join(this.home(organId), 'tmp', `${randomBytes(8).toString('hex')}.part`);
    try {
      await writeFile(temporary, text, { encoding: 'utf8', flush: true });
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    const folder = await open(join(target, '..'), 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }
}
