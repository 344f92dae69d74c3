/**
 * Keyed blind indexes: equality search over encrypted values without storing them. An index is
 * HMAC-SHA256 under a key derived (HKDF) per purpose from the keyring's blind-index key, so the same
 * value gives unrelated indexes for different purposes (a name and a phone number cannot be linked
 * by comparing columns) and nothing can be computed without the keyring.
 */
import { createHmac, createSecretKey, hkdfSync, type KeyObject } from "node:crypto";
import type { Keyring } from "./keyring.js";

const PURPOSE = /^[a-z0-9][a-z0-9._:-]{0,99}$/;
/** Derived keys per blind-index key; weakly held so a dropped keyring takes its cache with it. */
const derivedKeys = new WeakMap<KeyObject, Map<string, KeyObject>>();

/**
 * The blind index of an already-normalised value (see `normaliseForIndex`) for one purpose, such as
 * "client.email". Base64url, 43 characters. Deterministic: that is the point, and also why only
 * normalised, high-entropy-enough values should be indexed.
 */
export function blindIndex(keyring: Keyring, purpose: string, normalisedValue: string): string {
  return createHmac("sha256", purposeKey(keyring.blindIndexKey, purpose))
    .update(normalisedValue, "utf8")
    .digest("base64url");
}

/**
 * The form a value is indexed in: NFKC (so full-width and compatibility characters match their plain
 * forms), lower case, trimmed, runs of whitespace as one space.
 */
export function normaliseForIndex(value: string): string {
  // NFKC again after lower-casing: lower-casing can produce sequences that NFKC would compose.
  return value.normalize("NFKC").toLowerCase().normalize("NFKC").replace(/\s+/gu, " ").trim();
}

function purposeKey(blindIndexKey: KeyObject, purpose: string): KeyObject {
  if (!PURPOSE.test(purpose)) throw new TypeError("A blind-index purpose is lower-case letters, digits and . _ : -");
  let keys = derivedKeys.get(blindIndexKey);
  if (!keys) {
    keys = new Map();
    derivedKeys.set(blindIndexKey, keys);
  }
  let key = keys.get(purpose);
  if (!key) {
    const info = `pathways.blind-index.v1:${purpose}`;
    key = createSecretKey(Buffer.from(hkdfSync("sha256", blindIndexKey, Buffer.alloc(0), info, 32)));
    keys.set(purpose, key);
  }
  return key;
}
