import {
  decideOrganisation, evolveOrganisation, initialOrganisationState, ORGANISATION_STREAM, organisationSeedCommands, schemaVersionOf,
  type Organisation, type OrganisationEvent, type Role, type User,
} from '@office/domain';
import { derivedUuid, WrongExpectedVersionError, type EventStore, type JsonObject, type NewEvent, type RecordedEvent } from '@office/event-store';
import type { DataSource } from 'typeorm';
import { applyOrganisationEvents } from './organisation.projection';

/** The seed is the system's doing (the same id as the other system actors), acting as administrator. */
const SYSTEM = { userId: '00000000-0000-4000-8000-000000000000', roles: ['admin' as Role], departmentId: null };

/** The events that build `organisation` from nothing, decided command by command as an administrator's would be. */
function seedEvents(organisation: Organisation, now: string): OrganisationEvent[] {
  let state = initialOrganisationState;
  const events: OrganisationEvent[] = [];
  // Everyone's first credential has the person's own id: the vault row the seed (or the migration) wrote.
  for (const command of organisationSeedCommands(organisation, SYSTEM, now, (userId) => userId)) {
    const decided = decideOrganisation(command, state);
    state = decided.reduce(evolveOrganisation, state);
    events.push(...decided);
  }
  return events;
}

function envelope(events: OrganisationEvent[], now: string): NewEvent[] {
  return events.map((event, i) => ({
    // Derived ids: two processes seeding at once append the same events, and the store keeps one set.
    eventId: derivedUuid('organisation-seed', String(i)),
    type: event.type,
    data: event.data as unknown as JsonObject,
    metadata: { actorId: SYSTEM.userId, actorRole: 'system', correlationId: 'organisation-seed', causationId: null, occurredAt: now, schemaVersion: schemaVersionOf(event.type) },
  }));
}

/** Applies what the stream holds beyond the tables; a directory from before the stream existed is first written to it (adopted). */
export async function catchUpOrganisation(store: EventStore, dataSource: DataSource): Promise<void> {
  const [{ revision }] = (await dataSource.query('SELECT revision FROM org_meta WHERE id = 1')) as Array<{ revision: string }>;
  const pending = await store.readStream(ORGANISATION_STREAM, { fromRevision: BigInt(revision) + 1n });
  if (pending.length === 0 && revision === '-1' && (await hasPeople(dataSource))) return adopt(store, dataSource);
  if (pending.length > 0) await dataSource.transaction((tx) => applyOrganisationEvents(pending, tx));
}

const hasPeople = async (dataSource: DataSource) => ((await dataSource.query('SELECT EXISTS (SELECT 1 FROM org_users) AS any')) as Array<{ any: boolean }>)[0].any;

/** An organisation kept in the tables before it was events (the migration moved its hashes to the vault): its events now. */
async function adopt(store: EventStore, dataSource: DataSource): Promise<void> {
  const query = (sql: string) => dataSource.query(sql) as Promise<never[]>;
  const organisation: Organisation = {
    departments: await query('SELECT id, code, name FROM org_departments ORDER BY code'),
    users: await query('SELECT id, username, full_name AS "fullName", roles, department_id AS "departmentId", email FROM org_users ORDER BY id'),
    fields: await query('SELECT code, name, department_id AS "departmentId", office_leader_id AS "officeLeaderId", committee_leader_id AS "committeeLeaderId" FROM org_fields ORDER BY code'),
  };
  await seedOrganisation(organisation, async () => '', dataSource, store);
}

/**
 * The whole organisation as events (idempotent): the vault gets each person's first hash, the
 * stream its events (unless it has begun), and the tables are caught up at once, in this process,
 * so that a fresh start does not wait for the projector. Without a store, the events go straight
 * through the projection (tests of read models that only need the tables).
 */
export async function seedOrganisation(organisation: Organisation, passwordHashOf: (user: User) => Promise<string>, dataSource: DataSource, store?: EventStore): Promise<void> {
  const now = new Date().toISOString();
  const events = seedEvents(organisation, now);
  const hashes = await Promise.all(organisation.users.map(async (user) => [user.id, await passwordHashOf(user)] as const));
  for (const [userId, hash] of hashes) {
    await dataSource.query('INSERT INTO org_credentials (id, user_id, password_hash) VALUES ($1, $1, $2) ON CONFLICT (id) DO NOTHING', [userId, hash]);
  }
  if (!store) {
    const recorded = envelope(events, now).map((event, i) => ({ ...event, streamId: ORGANISATION_STREAM, revision: BigInt(i), position: BigInt(i) }) as unknown as RecordedEvent);
    await dataSource.transaction((tx) => applyOrganisationEvents(recorded, tx));
    return;
  }
  try {
    await store.append(ORGANISATION_STREAM, envelope(events, now), 'no_stream');
  } catch (error) {
    // Another process seeded first (or an administrator began): what the stream holds is the organisation.
    if (!(error instanceof WrongExpectedVersionError)) throw error;
  }
  await catchUpOrganisation(store, dataSource);
}
