/**
 * Changes a catalogue entry by adding its next version: the version changed is kept as it was, so
 * every calculation that used it still holds and reproduces its figures. The change must be made
 * to the current version (409 when someone added another since); a change that alters nothing adds
 * nothing. Audited by code, version and the names of the fields changed.
 */
import type { UpdateCatalogueEntryBody } from "../../core/api/social-value.js";
import type { UnitCostEntry } from "../../core/social-value/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { socialValueEntries } from "../db/schema.js";
import { refuseOnUniqueViolation } from "../db/unique-violation.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { canManageSocialValue } from "./policy.js";
import { entryVersions } from "./queries.js";
import { isSameValue } from "./same-value.js";
import type { SocialValueWriteContext } from "./write-context.js";

const stale = () => new AppError("conflict", "Someone else changed this entry since you opened it. Reload and try again.");

/** The names of the fields in which two versions of an entry differ. */
export function changedFields(before: UnitCostEntry, after: UnitCostEntry): string[] {
  return (Object.keys(after) as (keyof UnitCostEntry)[]).filter((field) => field !== "version" && !isSameValue(before[field], after[field]));
}

/** Adds `next` as the version after `current`, audited; nothing when nothing changed. Shared with the import. */
export async function addVersion(tx: Db, actor: Actor, current: UnitCostEntry, next: Omit<UnitCostEntry, "version">, context: SocialValueWriteContext): Promise<UnitCostEntry | null> {
  const entry: UnitCostEntry = { ...next, code: current.code, version: current.version + 1 };
  const changed = changedFields(current, entry);
  if (changed.length === 0) return null;
  await tx
    .insert(socialValueEntries)
    .values({ organisationId: actor.organisationId, code: entry.code, version: entry.version, entry, createdBy: actor.userId, createdAt: context.now })
    .catch(refuseOnUniqueViolation("social_value_entries_version_key", stale));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "social_value.entry_changed",
    entityType: "social_value_entry",
    requestId: context.requestId,
    at: context.now,
    details: { code: entry.code, version: entry.version, changed },
  });
  return entry;
}

export async function updateEntry(tx: Db, actor: Actor, code: string, input: UpdateCatalogueEntryBody, context: SocialValueWriteContext): Promise<void> {
  authorize(canManageSocialValue(actor), "Only administrators keep the unit-cost catalogue.");
  const [current] = await entryVersions(tx, actor.organisationId, code);
  if (current!.version !== input.version) throw stale();
  const { version: _seen, ...fields } = input;
  await addVersion(tx, actor, current!.entry, { ...fields, code }, context);
}
