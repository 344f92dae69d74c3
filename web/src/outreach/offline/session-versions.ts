/**
 * The two versions of a session shown side by side when an entry logged offline meets one already
 * held: each part of the record in words, and the record made by taking each part from one or the
 * other (the merge the worker chooses).
 */
import type { TFunction } from "i18next";
import type { LogSessionBody, OutreachSessionDetail } from "../../../../core/api/outreach-sessions.js";
import { stockItemName } from "../outreach-labels.js";
import type { OfflinePack } from "./offline-store.js";

export const sessionParts = ["headcount", "followUpContacts", "resources", "topics", "staff", "notes"] as const;
export type SessionPart = (typeof sessionParts)[number];
export type Side = "held" | "mine";

type Words = Record<SessionPart, string>;

/** The session held, part by part, in words. */
export function heldWords(t: TFunction, session: OutreachSessionDetail): Words {
  return {
    headcount: String(session.headcount.total),
    followUpContacts: String(session.followUpContacts),
    resources: session.resources.map((line) => `${stockItemName(t, line)} × ${line.quantity}`).join(", ") || "—",
    topics: session.topics.map((topic) => t(`outreach.topics.${topic}`)).join(", ") || "—",
    staff: session.staff.map((person) => person.displayName).join(", ") || "—",
    notes: session.notes || "—",
  };
}

/** The entry logged here, part by part, in words, naming items and people from the kept choices. */
export function entryWords(t: TFunction, body: LogSessionBody, pack: OfflinePack): Words {
  const item = (id: string) => pack.options.stock.find((option) => option.id === id);
  return {
    headcount: String(body.headcount.total),
    followUpContacts: String(body.followUpContacts),
    resources:
      body.resources
        .map((line) => {
          const known = item(line.itemId);
          return `${known ? stockItemName(t, known) : "?"} × ${line.quantity}`;
        })
        .join(", ") || "—",
    topics: body.topics.map((topic) => t(`outreach.topics.${topic}`)).join(", ") || "—",
    staff: body.staffIds.map((id) => pack.options.staff.find((person) => person.id === id)?.displayName ?? "?").join(", ") || "—",
    notes: body.notes || "—",
  };
}

/** The entry's body with each part taken from the side chosen: where, what and when stay the entry's. */
export function mergedBody(body: LogSessionBody, held: OutreachSessionDetail, choice: Readonly<Record<SessionPart, Side>>): LogSessionBody {
  const fromHeld = (part: SessionPart) => choice[part] === "held";
  return {
    ...body,
    headcount: fromHeld("headcount") ? held.headcount : body.headcount,
    followUpContacts: fromHeld("followUpContacts") ? held.followUpContacts : body.followUpContacts,
    resources: fromHeld("resources") ? held.resources.filter((line) => line.quantity > 0).map((line) => ({ itemId: line.itemId, quantity: line.quantity })) : body.resources,
    topics: fromHeld("topics") ? held.topics : body.topics,
    staffIds: fromHeld("staff") ? held.staff.map((person) => person.id) : body.staffIds,
    notes: fromHeld("notes") ? held.notes : body.notes,
  };
}
