/**
 * The lock on outreach entries kept on a device: AES-256-GCM under a key derived from the worker's
 * offline PIN with PBKDF2-SHA-256 (600,000 rounds, a random salt per device). The key is made
 * non-extractable and held only in this tab's memory; the device stores the salt and a sealed check
 * value, never the key or the PIN. Each sealed value is bound to its own name (as additional data),
 * so one record's ciphertext cannot be passed off as another's. Why a PIN: docs/SECURITY.md.
 */

/** PBKDF2 rounds: OWASP's figure for PBKDF2-HMAC-SHA256. */
export const pinRounds = 600_000;
/** The shortest PIN accepted. */
export const shortestPin = 6;

/** A value sealed with AES-GCM: its nonce and ciphertext (with the tag). */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

const encoder = new TextEncoder();

export const newSalt = (): Uint8Array<ArrayBuffer> => crypto.getRandomValues(new Uint8Array(16));

/** The key a PIN opens, under this device's salt: usable to seal and open, never exported. */
export async function keyFromPin(pin: string, salt: Uint8Array<ArrayBuffer>, rounds = pinRounds): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey("raw", encoder.encode(pin.normalize("NFKC")), "PBKDF2", false, ["deriveKey"]);
  return crypto.subtle.deriveKey({ name: "PBKDF2", hash: "SHA-256", salt, iterations: rounds }, material, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
}

/** Seals `value` (as JSON) under `key`, bound to `name`; a fresh random nonce each time. */
export async function seal(key: CryptoKey, name: string, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: encoder.encode(name) }, key, encoder.encode(JSON.stringify(value)));
  return { iv, data };
}

/** Opens a value sealed under `key` with `name`; fails (rejects) for another key, another name or any change. */
export async function unseal(key: CryptoKey, name: string, sealed: Sealed): Promise<unknown> {
  const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: sealed.iv, additionalData: encoder.encode(name) }, key, sealed.data);
  return JSON.parse(new TextDecoder().decode(plain)) as unknown;
}
