/**
 * The fields of a session that leave the server: a summary for lists (whether notes exist, never the
 * notes), one session with its notes decrypted for those allowed to read it, and a worker's calendar
 * entry, which names the client briefly only where the worker can open the case.
 */
import type { z } from "zod";
import type { Attendance, calendarEntrySchema, SessionMode, sessionDetailSchema, sessionSummarySchema } from "../../core/api/sessions.js";
import type { InterventionType } from "../../core/api/support-vocabulary.js";
import type { SubjectKey } from "../vault/subject-key.js";
import type { Vault } from "../vault/vault.js";
import { sessionFields } from "./fields.js";
import type { SessionRow, SessionWorker } from "./queries.js";
import { isWriteUpDue } from "./write-up.js";

type Summary = z.infer<typeof sessionSummarySchema>;

export function presentSessionSummary(session: SessionRow, workers: readonly SessionWorker[], now: Date, abilities: Summary["abilities"]): Summary {
  return {
    id: session.id,
    caseId: session.caseId,
    startsAt: session.startsAt.toISOString(),
    durationMinutes: session.durationMinutes,
    mode: session.mode as SessionMode,
    venue: session.venue,
    interventionType: session.interventionType,
    attendance: session.attendance as Attendance | null,
    workers: [...workers],
    hasNotes: session.notes !== null,
    notesWrittenAt: session.notesWrittenAt?.toISOString() ?? null,
    isWriteUpDue: isWriteUpDue(session, now),
    version: session.version,
    abilities,
  };
}

export interface DetailParts {
  caseReference: string;
  vault: Vault;
  /** The client's key, loaded only when the session has notes. */
  key: SubjectKey | null;
  createdByName: string | null;
  workerOptions: SessionWorker[];
  interventionTypes: InterventionType[];
  now: Date;
  abilities: Summary["abilities"];
}

export function presentSessionDetail(session: SessionRow, workers: readonly SessionWorker[], parts: DetailParts): z.infer<typeof sessionDetailSchema> {
  return {
    ...presentSessionSummary(session, workers, parts.now, parts.abilities),
    caseReference: parts.caseReference,
    notes: session.notes && parts.key ? parts.vault.decrypt(parts.key, sessionFields.notes, session.notes) : null,
    createdByName: parts.createdByName,
    createdAt: session.createdAt.toISOString(),
    updatedAt: session.updatedAt.toISOString(),
    workerOptions: parts.workerOptions,
    interventionTypes: parts.interventionTypes,
  };
}

export interface CalendarRow {
  session: SessionRow;
  caseReference: string;
  siteName: string;
  canOpenCase: boolean;
}

export function presentCalendarEntry(row: CalendarRow, clientName: string | null, now: Date): z.infer<typeof calendarEntrySchema> {
  const { session } = row;
  return {
    sessionId: session.id,
    caseId: session.caseId,
    caseReference: row.caseReference,
    siteId: session.siteId,
    siteName: row.siteName,
    startsAt: session.startsAt.toISOString(),
    durationMinutes: session.durationMinutes,
    mode: session.mode as SessionMode,
    venue: session.venue,
    interventionType: session.interventionType,
    attendance: session.attendance as Attendance | null,
    hasNotes: session.notes !== null,
    isWriteUpDue: isWriteUpDue(session, now),
    canOpenCase: row.canOpenCase,
    clientName: row.canOpenCase ? clientName : null,
  };
}

/**
 * The client as a calendar names them: given name and the family name's initial, enough for the
 * worker to know whom they are meeting, little for anyone glancing at their phone.
 */
export function clientShortName(vault: Vault, key: SubjectKey, identity: { givenName: Uint8Array | null; familyName: Uint8Array | null }): string | null {
  const given = identity.givenName ? vault.decrypt(key, "identity.givenName", identity.givenName) : null;
  const family = identity.familyName ? vault.decrypt(key, "identity.familyName", identity.familyName) : null;
  const initial = family ? [...family.trim()][0] : undefined;
  const name = [given, initial ? `${initial}.` : null].filter(Boolean).join(" ");
  return name === "" ? null : name;
}
