/**
 * A case's timeline, oldest first: each event with who did it and, for events about another member
 * of staff or about sites, their names (events record only ids, so a renamed site or person reads
 * as they are now). Reasons are decrypted with the client's key.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { caseEvents, sites, users } from "../db/schema.js";
import type { SubjectKey } from "../vault/subject-key.js";
import type { Vault } from "../vault/vault.js";
import { presentTimelineEntry, type TimelineEntry } from "./presenter.js";
import type { CaseRow } from "./queries.js";

const idIn = (details: Record<string, unknown>, field: string): string[] => {
  const value = details[field];
  return typeof value === "string" ? [value] : [];
};

/** `key` is null once the client is erased: the reasons are gone with it and the entries show none. */
export async function loadTimeline(tx: Db, kase: CaseRow, vault: Vault, key: SubjectKey | null): Promise<TimelineEntry[]> {
  const events = await tx
    .select({ event: caseEvents, actorName: users.displayName })
    .from(caseEvents)
    .leftJoin(users, eq(users.id, caseEvents.actorUserId))
    .where(eq(caseEvents.caseId, kase.id))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id))
    .limit(1000);
  const userIds = [...new Set(events.flatMap(({ event }) => idIn(event.details, "userId")))];
  const siteIds = [...new Set(events.flatMap(({ event }) => [...idIn(event.details, "fromSiteId"), ...idIn(event.details, "toSiteId")]))];
  // Names are looked up within the case's organisation only, whatever an event's details say.
  const [people, places] = await Promise.all([
    userIds.length === 0
      ? []
      : tx.select({ id: users.id, name: users.displayName }).from(users).where(and(eq(users.organisationId, kase.organisationId), inArray(users.id, userIds))),
    siteIds.length === 0
      ? []
      : tx.select({ id: sites.id, name: sites.name }).from(sites).where(and(eq(sites.organisationId, kase.organisationId), inArray(sites.id, siteIds))),
  ]);
  const names = { people: new Map(people.map((row) => [row.id, row.name])), sites: new Map(places.map((row) => [row.id, row.name])) };
  return events.map(({ event, actorName }) =>
    presentTimelineEntry(event, actorName, event.reason && key ? vault.decrypt(key, "case_event_reason", event.reason) : null, names),
  );
}
