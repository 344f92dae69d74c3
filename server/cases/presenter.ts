/** The fields of a case that leave the server, with the timeline and what the viewer may do. */
import type { z } from "zod";
import type { caseDetailSchema, caseSummarySchema } from "../../core/api/cases.js";
import { availableEvents, type CaseState, type SupportTier } from "../../core/cases/case-state-machine.js";
import type { caseEvents } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { canMatchWorkers } from "../workers/policy.js";
import { canAssign, canRestrict, canTransfer, canTransition } from "./policy.js";
import type { CaseRow } from "./queries.js";
import type { ClientRecordState } from "../../core/data-protection/restriction.js";

type Assignment = { userId: string; name: string; role: string; assignedAt: Date };
export type TimelineEntry = z.infer<typeof caseDetailSchema>["timeline"][number];
/** Staff and site names by id, for the events that refer to them. */
export type TimelineNames = { people: ReadonlyMap<string, string>; sites: ReadonlyMap<string, string> };

const nameOf = (names: ReadonlyMap<string, string>, id: unknown): string | null => (typeof id === "string" ? (names.get(id) ?? null) : null);

/** One timeline event as the case page shows it; `reason` is already decrypted. */
export function presentTimelineEntry(event: typeof caseEvents.$inferSelect, actorName: string | null, reason: string | null, names: TimelineNames): TimelineEntry {
  return {
    at: event.at.toISOString(),
    type: event.type,
    actorName,
    personName: nameOf(names.people, event.details.userId),
    fromSiteName: nameOf(names.sites, event.details.fromSiteId),
    toSiteName: nameOf(names.sites, event.details.toSiteId),
    fromState: event.fromState,
    toState: event.toState,
    reason,
    details: event.details,
  };
}

export function presentCaseSummary(kase: CaseRow, clientReference: string, assignments: Assignment[]): z.infer<typeof caseSummarySchema> {
  return {
    id: kase.id,
    reference: kase.reference,
    clientId: kase.clientId,
    clientReference,
    siteId: kase.siteId,
    state: kase.state as CaseState,
    tier: kase.tier as SupportTier | null,
    isRestricted: kase.isRestricted,
    openedAt: kase.openedAt.toISOString(),
    keyWorkerName: assignments.find((a) => a.role === "key_worker")?.name ?? null,
  };
}

export function presentCaseDetail(
  kase: CaseRow,
  actor: Actor,
  extra: {
    clientReference: string;
    assignments: Assignment[];
    timeline: TimelineEntry[];
    namedPeople: { userId: string; name: string }[];
    isBreakGlass: boolean;
    clientRecord: ClientRecordState;
  },
): z.infer<typeof caseDetailSchema> {
  const view = { isBreakGlass: extra.isBreakGlass, isKeyWorker: extra.assignments.some((a) => a.userId === actor.userId && a.role === "key_worker") };
  // An erased or processing-restricted client's case is read-only: the database would refuse any change.
  const isWritable = extra.clientRecord === "live";
  const events = isWritable ? availableEvents(kase.state as CaseState).filter((event) => canTransition(actor, kase, view, event)) : [];
  return {
    ...presentCaseSummary(kase, extra.clientReference, extra.assignments),
    closedAt: kase.closedAt?.toISOString() ?? null,
    closureReason: kase.closureReason,
    closureOutcome: kase.closureOutcome,
    referralId: kase.referralId,
    version: kase.version,
    assignments: extra.assignments.map((a) => ({ userId: a.userId, name: a.name, role: a.role as "key_worker", assignedAt: a.assignedAt.toISOString() })),
    timeline: extra.timeline,
    namedPeople: kase.isRestricted ? extra.namedPeople : [],
    availableEvents: [...events],
    isBreakGlass: extra.isBreakGlass,
    clientRecord: extra.clientRecord,
    abilities: {
      transition: events.length > 0,
      assign: isWritable && canAssign(actor, kase, view),
      restrict: isWritable && canRestrict(actor, kase, view),
      transfer: isWritable && canTransfer(actor, kase, view),
      matchWorkers: isWritable && canMatchWorkers(actor, kase, view),
    },
  };
}
