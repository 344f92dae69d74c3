/**
 * The keyring: versioned master keys (which wrap subject keys) and a separate blind-index key.
 * Stored as JSON `{ version: 1, currentMasterKey, masterKeys: { "<n>": base64 }, blindIndexKey }`,
 * from `PATHWAYS_KEYRING` or `<data dir>/keyring.json` (created on first start). In memory keys are
 * KeyObjects, so an accidental log of a keyring prints no key material.
 */
import { createSecretKey, randomBytes, type KeyObject } from "node:crypto";
import path from "node:path";
import { z } from "zod";
import type { Config } from "../config.js";
import { VaultError } from "./errors.js";
import { createKeyringFile, readKeyringFile } from "./keyring-file.js";

export interface Keyring {
  /** The version that wraps new subject keys; always present in `masterKeys`. */
  readonly currentMasterKey: number;
  readonly masterKeys: ReadonlyMap<number, KeyObject>;
  readonly blindIndexKey: KeyObject;
}

export type KeyringSource = { kind: "env" } | { kind: "file"; path: string; isCreated: boolean };

export interface LoadedKeyring {
  keyring: Keyring;
  source: KeyringSource;
}

const KEY_BYTES = 32;
/** Versions are stored in an int4 column. */
const MAX_VERSION = 2_147_483_647;

const keySchema = z.string().refine(isBase64Key, { message: `must be ${KEY_BYTES} bytes encoded as base64` });
const keyringSchema = z
  .object({
    version: z.literal(1),
    currentMasterKey: z.number().int().min(1).max(MAX_VERSION),
    masterKeys: z.record(z.string().regex(/^[1-9][0-9]{0,9}$/), keySchema),
    blindIndexKey: keySchema,
  })
  .refine((k) => String(k.currentMasterKey) in k.masterKeys, {
    message: "currentMasterKey must name one of masterKeys",
    path: ["currentMasterKey"],
  });

/** Loads the keyring named by the configuration, creating `<data dir>/keyring.json` when neither exists. */
export async function loadKeyring(config: Pick<Config, "keyringJson" | "dataDir">): Promise<LoadedKeyring> {
  if (config.keyringJson !== undefined) {
    return { keyring: parseKeyring(config.keyringJson, "PATHWAYS_KEYRING"), source: { kind: "env" } };
  }
  const file = path.join(config.dataDir, "keyring.json");
  const existing = await readKeyringFile(file);
  if (existing !== undefined) {
    return { keyring: parseKeyring(existing, file), source: { kind: "file", path: file, isCreated: false } };
  }
  const created = await createKeyringFile(file, serialiseKeyring(generateKeyring()));
  // Another process may have won the race to create it; either way the file on disk is the keyring.
  return { keyring: parseKeyring(created.text, file), source: { kind: "file", path: file, isCreated: created.isCreated } };
}

/** Parses and validates keyring JSON. Errors name the offending field, never its value. */
export function parseKeyring(json: string, origin = "keyring"): Keyring {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    // JSON.parse messages quote the input, which here is key material.
    throw new VaultError("keyring_invalid", `Keyring from ${origin} is not valid JSON.`);
  }
  const parsed = keyringSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${safePath(issue.path)}: ${issue.message}`);
    throw new VaultError("keyring_invalid", `Keyring from ${origin} is invalid:\n  ${problems.join("\n  ")}`);
  }
  const masterKeys = new Map<number, KeyObject>();
  for (const [version, key] of Object.entries(parsed.data.masterKeys)) masterKeys.set(Number(version), toKey(key));
  return {
    currentMasterKey: parsed.data.currentMasterKey,
    masterKeys,
    blindIndexKey: toKey(parsed.data.blindIndexKey),
  };
}

/** The JSON form of a keyring: this is key material, so write it only to a 0600 file or stdout. */
export function serialiseKeyring(keyring: Keyring): string {
  const versions = [...keyring.masterKeys.keys()].sort((a, b) => a - b);
  const masterKeys = Object.fromEntries(versions.map((v) => [String(v), fromKey(keyring.masterKeys.get(v))]));
  const json = { version: 1, currentMasterKey: keyring.currentMasterKey, masterKeys, blindIndexKey: fromKey(keyring.blindIndexKey) };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** A fresh keyring with master key version 1. */
export function generateKeyring(): Keyring {
  return { currentMasterKey: 1, masterKeys: new Map([[1, randomKey()]]), blindIndexKey: randomKey() };
}

/** The keyring plus a new, current master key version; older versions stay so existing keys unwrap. */
export function addMasterKeyVersion(keyring: Keyring): Keyring {
  const next = Math.max(...keyring.masterKeys.keys()) + 1;
  if (next > MAX_VERSION) throw new VaultError("keyring_invalid", "No master key versions left.");
  const masterKeys = new Map(keyring.masterKeys).set(next, randomKey());
  return { ...keyring, currentMasterKey: next, masterKeys };
}

/** The keyring with only its current master key; callers first check no subject key needs the others. */
export function withoutOldMasterKeys(keyring: Keyring): Keyring {
  const current = keyring.masterKeys.get(keyring.currentMasterKey);
  if (!current) throw new VaultError("unknown_master_key", "The current master key is missing from the keyring.");
  return { ...keyring, masterKeys: new Map([[keyring.currentMasterKey, current]]) };
}

function randomKey(): KeyObject {
  return createSecretKey(randomBytes(KEY_BYTES));
}

function toKey(base64: string): KeyObject {
  return createSecretKey(Buffer.from(base64, "base64"));
}

function fromKey(key: KeyObject | undefined): string {
  if (!key) throw new VaultError("keyring_invalid", "Keyring has a missing key.");
  return key.export().toString("base64");
}

/** Strict: Buffer.from(…, "base64") silently skips junk, so require the canonical encoding. */
function isBase64Key(value: string): boolean {
  const bytes = Buffer.from(value, "base64");
  return bytes.length === KEY_BYTES && bytes.toString("base64") === value;
}

/** Record keys appear in issue paths; a misplaced key could be key material, so long segments are hidden. */
function safePath(segments: readonly PropertyKey[]): string {
  return segments.map((s) => (typeof s === "number" || /^[A-Za-z0-9]{1,20}$/.test(String(s)) ? String(s) : "…")).join(".") || "(root)";
}
