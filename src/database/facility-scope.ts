import type { DeepPartial, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { IsoDate, todayIn } from '../calendar/dates';
import type { Text } from '../common/errors/messages';
import { notFound, staleVersion } from '../common/errors/problem.exception';
import type { FacilityActor } from '../identity/actor';
import { diffFields, FieldChanges } from './record-changes';

/** Every facility-owned entity has these. */
export interface FacilityOwned extends ObjectLiteral {
  id: string;
  facilityId: string | null;
}

/** A facility-owned record that can be edited: it carries the version clients send in If-Match. */
export interface VersionedFacilityOwned extends FacilityOwned {
  version: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one way services load a facility's record by id: the caller's facility is part of the
 * query, so another facility's record is "not found" exactly like a missing one.
 */
export async function findInFacility<T extends FacilityOwned>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  actor: FacilityActor,
  id: string,
  options: { lock?: boolean; what?: Text } = {},
): Promise<T> {
  if (!UUID.test(id)) throw notFound(options.what);
  const qb = manager
    .getRepository(entity)
    .createQueryBuilder('e')
    .where('e.id = :id AND e.facilityId = :facilityId', { id, facilityId: actor.facilityId });
  if (options.lock) qb.setLock('pessimistic_write');
  const row = await qb.getOne();
  if (!row) throw notFound(options.what);
  return row;
}

/**
 * Where a facility record is written: the transaction, who writes, and the audit trail the
 * write is recorded in (services pass their `AuditService`).
 */
export interface FacilityWrite {
  manager: EntityManager;
  actor: FacilityActor;
  audit: AuditTrail;
}

/** The part of the audit service the write helpers use. */
export interface AuditTrail {
  record(
    manager: EntityManager,
    actor: FacilityActor,
    entry: { action: 'create' | 'update'; entity: string; entityId: string; changes: FieldChanges },
  ): Promise<void>;
}

export interface AuditOptions {
  /** Fields recorded as changed without their values (sensitive facts). */
  redact?: readonly string[];
  /** Entries added to the recorded changes (an override, a derived field). */
  also?: FieldChanges;
}

/**
 * The one way a facility record is created: saved with the caller's facility and recorded in
 * the audit trail (`auditAs` names the record there, e.g. `case_note`), on the caller's manager.
 */
export async function createInFacility<T extends FacilityOwned>(
  write: FacilityWrite,
  entity: EntityTarget<T>,
  auditAs: string,
  values: DeepPartial<T>,
  options: AuditOptions = {},
): Promise<T> {
  const { manager, actor } = write;
  const row = manager.create(entity, { ...values, facilityId: actor.facilityId } as DeepPartial<T>);
  const saved = await manager.save(entity, row);
  await write.audit.record(manager, actor, {
    action: 'create',
    entity: auditAs,
    entityId: saved.id,
    changes: { ...diffFields(null, { ...saved }, options.redact), ...options.also },
  });
  return saved;
}

/**
 * The one way a facility record is updated: locks it, refuses a stale version (412), lets
 * `apply` check the rules against the locked state and name the changes, writes them (TypeORM
 * bumps `version` and `updatedAt`) and records the difference in the audit trail.
 */
export async function updateInFacility<T extends VersionedFacilityOwned>(
  write: FacilityWrite,
  entity: EntityTarget<T>,
  auditAs: string,
  id: string,
  expectedVersion: number,
  apply: (before: T) => Partial<T> | Promise<Partial<T>>,
  options: AuditOptions & { what?: Text } = {},
): Promise<{ before: T; after: T }> {
  const { manager, actor } = write;
  const { before, after } = await updateVersioned(
    manager,
    entity,
    actor,
    id,
    expectedVersion,
    apply,
    options.what,
  );
  await write.audit.record(manager, actor, {
    action: 'update',
    entity: auditAs,
    entityId: before.id,
    changes: { ...diffFields({ ...before }, { ...after }, options.redact), ...options.also },
  });
  return { before, after };
}

/** "Today" where the caller's facility is (its time zone), for date rules and defaults. */
export async function facilityToday(
  manager: EntityManager,
  actor: FacilityActor,
  now: Date = new Date(),
): Promise<IsoDate> {
  return facilityDateOf(manager, actor, now);
}

/** The calendar date of an instant where the caller's facility is (an incident's `occurredAt`). */
export async function facilityDateOf(
  manager: EntityManager,
  actor: FacilityActor,
  instant: Date,
): Promise<IsoDate> {
  return todayIn(await facilityTimezone(manager, actor), instant);
}

/**
 * The caller's facility's time zone (the default zone if the row is gone): the one read with the
 * caller's session (AuthService.userForToken, seconds old at most), else the facility's row.
 */
export async function facilityTimezone(
  manager: EntityManager,
  actor: FacilityActor,
): Promise<string> {
  if (actor.facilityTimezone) return actor.facilityTimezone;
  const rows: { timezone: string }[] = await manager.query(
    'SELECT timezone FROM facility WHERE id = $1',
    [actor.facilityId],
  );
  return rows[0]?.timezone ?? 'Asia/Ho_Chi_Minh';
}

/**
 * Locks the record, refuses a stale version (412), applies the changes (TypeORM bumps
 * `version` and `updatedAt`) and returns the before and after states, without auditing:
 * for writes that record their own trail (several records in one entry). Prefer
 * `updateInFacility`.
 */
export async function updateVersioned<T extends VersionedFacilityOwned>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  actor: FacilityActor,
  id: string,
  expectedVersion: number,
  changes: Partial<T> | ((before: T) => Partial<T> | Promise<Partial<T>>),
  what?: Text,
): Promise<{ before: T; after: T }> {
  const before = await findInFacility(manager, entity, actor, id, { lock: true, what });
  if (before.version !== expectedVersion) throw staleVersion(before.version);
  const values = typeof changes === 'function' ? await changes(before) : changes;
  if (Object.keys(values).length > 0) {
    await manager.update(entity, { id: before.id }, values);
  }
  const after = await findInFacility(manager, entity, actor, id, { what });
  return { before, after };
}
