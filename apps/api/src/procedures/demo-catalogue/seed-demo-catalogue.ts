import { decideProcedure, DEMO_CATALOGUE, DEMO_ORGANISATION, hasRole, isDomainError, procedureStreamName, type DemoProcedure, type ProcedureCommand, type ProcedureState, type Role, type User } from '@office/domain';
import type { EventStore } from '@office/event-store';
import type { OrganisationDirectory } from '@office/read-models';
import type { CommandContext } from '../../commands/command-context';
import { CommandPipeline } from '../../commands/command-pipeline';
import { PROCEDURE_FOLD } from '../procedure-streams';

export interface DemoCataloguePlatform {
  eventStore: EventStore;
  directory: OrganisationDirectory;
}

/** Procedures seeded at once: enough to overlap the appends' round trips, few enough to leave the pool to others. */
const PARALLEL = 8;

/**
 * The demo catalogue (DOMAIN.md §6: 134 procedures in 25 fields), written through the command
 * pipeline as the demo ISO secretary registering and drafting each procedure and the office chief
 * approving it. Every command carries an idempotency key derived from the procedure, so running
 * the seed again (every start, or after a crash half-way) appends nothing it appended before; a
 * procedure someone else put in the catalogue is left alone.
 */
export async function seedDemoCatalogue(platform: DemoCataloguePlatform, now: Date, log: (line: string) => void): Promise<{ seeded: number; refused: string[] }> {
  const organisation = await platform.directory.organisation();
  // Only where the demo organisation is the one in use: a real office keys in its own catalogue.
  const demoUser = (role: Role) => organisation.users.find((user) => hasRole(user, role) && DEMO_ORGANISATION.users.some((demo) => demo.id === user.id));
  const secretary = demoUser('iso_secretary');
  const chief = demoUser('office_chief');
  if (!secretary || !chief) return { seeded: 0, refused: [] };
  const pipeline = new CommandPipeline(platform.eventStore);
  const at = now.toISOString();
  const result = { seeded: 0, refused: [] as string[] };
  // Each start reads the catalogue once (one round trip) and handles only what is not settled, rather than 402 commands found already done.
  const states = await pipeline.readEach(DEMO_CATALOGUE.map((procedure) => procedureStreamName(procedure.code)), PROCEDURE_FOLD);
  const queue = DEMO_CATALOGUE.filter((_, i) => !settled(states[i]));
  const seedOne = async (procedure: DemoProcedure) => {
    try {
      let appended = 0;
      for (const [step, user, command] of commandsFor(procedure, secretary, chief, at)) {
        const handled = await pipeline.handle(procedureStreamName(procedure.code), PROCEDURE_FOLD, contextFor(user, at, `demo-catalogue-${procedure.code}-${step}`), (state) =>
          decideProcedure(command, state, { organisation }),
        { command: command.type });
        appended += handled.events.length;
      }
      if (appended > 0) result.seeded++;
    } catch (error) {
      // ALREADY_REGISTERED: someone put this code in the catalogue themselves; anything else is worth a line.
      if (!isDomainError(error) || error.rule !== 'ALREADY_REGISTERED') result.refused.push(`${procedure.code}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await seedOne(next);
  }));
  if (result.seeded > 0 || result.refused.length > 0) {
    log(`demo catalogue: ${result.seeded} procedures registered, drafted and approved${result.refused.length ? `; ${result.refused.length} refused (${result.refused[0]})` : ''}`);
  }
  return result;
}

/**
 * Nothing for the seed to do: an approved version (the seed ran to its end, or the office approved its own),
 * or a code the office used for an internal process. A procedure left half-seeded by a crash is not settled.
 */
function settled(state: ProcedureState): boolean {
  return state.status === 'internal_process' || (state.status === 'registered' && state.versions.some((version) => version.approval !== null));
}

function commandsFor(procedure: DemoProcedure, secretary: User, chief: User, now: string): Array<[string, User, ProcedureCommand]> {
  const { code, name, fieldCode, version } = procedure;
  const actor = (user: User) => ({ userId: user.id, roles: user.roles, departmentId: user.departmentId });
  return [
    ['register', secretary, { type: 'register', code, name, fieldCode, actor: actor(secretary), now }],
    ['draft', secretary, { type: 'draft-version', code, ...version, actor: actor(secretary), now }],
    ['approve', chief, { type: 'approve-version', code, version: 1, decisionRef: version.publishingDecision, actor: actor(chief), now }],
  ];
}

function contextFor(user: User, now: string, key: string): CommandContext {
  return { actor: { userId: user.id, roles: user.roles, departmentId: user.departmentId }, actorRole: user.roles[0] ?? 'unknown', now, correlationId: key, idempotencyKey: key };
}
