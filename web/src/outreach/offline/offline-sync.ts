/**
 * Sending the entries waiting, oldest first. An entry the server took in (or had taken in before)
 * leaves the device; one that duplicates a session already held stays, with that session, for the
 * worker to choose; one the server refused stays with the reason. Losing the network stops the
 * round: the rest wait for the next.
 */
import type { OfflineResolution } from "../../../../core/api/outreach-offline.js";
import type { LogSessionBody } from "../../../../core/api/outreach-sessions.js";
import { ApiError } from "../../api/api-error.js";
import { offlineApi } from "./offline-api.js";
import { queuedEntries, removeEntry, saveEntry, type QueuedEntry } from "./offline-store.js";

export interface SyncRound {
  sent: number;
  conflicts: number;
  refused: number;
  /** The network or the session went before the end. */
  isInterrupted: boolean;
}

const isStopping = (error: unknown) => error instanceof ApiError && (error.code === "network" || error.status === 401 || error.status === 409 || error.status >= 500 || error.status === 429);

/** Sends one entry (with the worker's choice, when there is one); the entry as it should now be kept, or null when it is done with. */
async function sendEntry(entry: QueuedEntry, body: LogSessionBody, resolution?: OfflineResolution): Promise<QueuedEntry | null> {
  try {
    const result = await offlineApi.send({ entryId: entry.id, session: body, ...(resolution ? { resolution } : {}) });
    if (result.outcome !== "conflict") return null;
    const { problem: _problem, ...rest } = entry;
    return { ...rest, conflict: { session: result.session, canKeepBoth: result.canKeepBoth } };
  } catch (error) {
    if (isStopping(error)) throw error;
    const { conflict: _conflict, ...rest } = entry;
    const said = error instanceof ApiError ? error.fields.map((field) => field.message).join(" ") : "";
    return { ...rest, problem: said || (error instanceof Error ? error.message : String(error)) };
  }
}

/** Keeps what became of an entry on the device: removed when done, resealed otherwise. */
async function settle(entry: QueuedEntry, next: QueuedEntry | null): Promise<void> {
  if (next) await saveEntry(next);
  else await removeEntry(entry.id);
}

/** Sends every entry waiting that is not waiting for the worker's choice. */
export async function syncWaiting(): Promise<SyncRound> {
  const round: SyncRound = { sent: 0, conflicts: 0, refused: 0, isInterrupted: false };
  for (const entry of await queuedEntries()) {
    if (entry.conflict) continue;
    try {
      const next = await sendEntry(entry, entry.body);
      await settle(entry, next);
      if (!next) round.sent += 1;
      else if (next.conflict) round.conflicts += 1;
      else round.refused += 1;
    } catch {
      round.isInterrupted = true;
      break;
    }
  }
  return round;
}

/**
 * Sends the worker's choice for an entry shown against a session already held: keep that one, put
 * `body` (theirs, or the two merged) in its place, or keep both. True when it is settled; false
 * when the session held changed meanwhile and is shown again.
 */
export async function resolveEntry(entry: QueuedEntry, action: OfflineResolution["action"], body: LogSessionBody = entry.body): Promise<boolean> {
  if (!entry.conflict) return true;
  const next = await sendEntry(entry, body, { action, sessionId: entry.conflict.session.id, version: entry.conflict.session.version });
  await settle(entry, next);
  return next === null;
}
