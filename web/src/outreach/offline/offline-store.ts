/**
 * What this device keeps for logging outreach with no signal, and the key to it. Prepared once while
 * signed in: the worker chooses a PIN, and the form's choices (partners, staff, stock, the week's
 * schedule) are sealed with the key it opens. Entries are sealed as they are logged. After a reload
 * the PIN opens them again, with no network; the key lives in this tab's memory only. Signing out
 * deletes it all.
 */
import type { LogSessionBody, OutreachCalendarEntry, OutreachSessionDetail } from "../../../../core/api/outreach-sessions.js";
import type { OutreachOptions } from "../../../../core/api/outreach.js";
import { keyFromPin, newSalt, pinRounds, seal, unseal, type Sealed } from "./offline-crypto.js";
import { allRecords, countRecords, deleteOfflineDatabase, deleteRecord, readRecord, writeRecord } from "./offline-db.js";

/** Stored in the clear: whose it is, and what a PIN is checked against. */
export interface OfflineLock {
  userId: string;
  siteId: string;
  salt: Uint8Array<ArrayBuffer>;
  rounds: number;
  check: Sealed;
}

/** The choices the logging form offers, as they were when last online. */
export interface OfflinePack {
  siteId: string;
  savedAt: string;
  options: OutreachOptions;
  /** The site's calendar around the day it was saved: occurrences to log, with those already logged. */
  occurrences: OutreachCalendarEntry[];
}

/** A session logged on this device, waiting to be sent. */
export interface QueuedEntry {
  id: string;
  body: LogSessionBody;
  queuedAt: string;
  /** What the worker sees in the list: the partner or venue. */
  where: string;
  /** The session already held that this entry duplicates, until the worker chooses. */
  conflict?: { session: OutreachSessionDetail; canKeepBoth: boolean };
  /** Why the server refused it, if it did. */
  problem?: string;
}

const checkValue = "pathways-offline-outreach";
let key: CryptoKey | null = null;

export const offlineLock = (): Promise<OfflineLock | undefined> => readRecord<OfflineLock>("lock", "lock");
export const isUnlocked = (): boolean => key !== null;
export const waitingCount = (): Promise<number> => countRecords("entries");

function unlockedKey(): CryptoKey {
  if (!key) throw new Error("The offline store is locked.");
  return key;
}

/** Sets the device up for the signed-in worker with a new PIN, replacing anything kept before. */
export async function prepareDevice(pin: string, userId: string, pack: OfflinePack): Promise<void> {
  await deleteOfflineDatabase();
  const salt = newSalt();
  const next = await keyFromPin(pin, salt, pinRounds);
  const lock: OfflineLock = { userId, siteId: pack.siteId, salt, rounds: pinRounds, check: await seal(next, "check", checkValue) };
  await writeRecord("lock", "lock", lock);
  key = next;
  await savePack(pack);
}

/** Opens the store with the PIN; false (and still locked) when it is not the PIN. */
export async function unlock(pin: string): Promise<boolean> {
  const lock = await offlineLock();
  if (!lock) return false;
  const candidate = await keyFromPin(pin, lock.salt, lock.rounds);
  try {
    if ((await unseal(candidate, "check", lock.check)) !== checkValue) return false;
  } catch {
    // AES-GCM refuses the check value under any other key: a wrong PIN.
    return false;
  }
  key = candidate;
  return true;
}

export const lockStore = (): void => {
  key = null;
};

export const savePack = async (pack: OfflinePack): Promise<void> => writeRecord("pack", "pack", await seal(unlockedKey(), "pack", pack));

export async function loadPack(): Promise<OfflinePack | null> {
  const sealed = await readRecord<Sealed>("pack", "pack");
  return sealed ? ((await unseal(unlockedKey(), "pack", sealed)) as OfflinePack) : null;
}

export const saveEntry = async (entry: QueuedEntry): Promise<void> => writeRecord("entries", entry.id, await seal(unlockedKey(), `entry:${entry.id}`, entry));

export const removeEntry = (id: string): Promise<void> => deleteRecord("entries", id);

/** The entries waiting, oldest first. */
export async function queuedEntries(): Promise<QueuedEntry[]> {
  const records = await allRecords<Sealed>("entries");
  const entries = await Promise.all(records.map(async ({ key: id, value }) => (await unseal(unlockedKey(), `entry:${id}`, value)) as QueuedEntry));
  return entries.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

/** Forgets everything kept for offline outreach on this device, and the key. */
export async function forgetOfflineStore(): Promise<void> {
  key = null;
  await deleteOfflineDatabase();
}
