/**
 * AES-256-GCM sealing, shared by key wrapping and field encryption. Layout of a sealed value:
 * 1 format-version byte | 12-byte IV | 16-byte tag | ciphertext.
 *
 * The format byte is authenticated too (it is prepended to the AAD), so it cannot be altered to steer
 * a future reader to another algorithm. IVs are random: safe for 96-bit IVs well below 2^32 messages
 * per key, and each data key only ever encrypts one subject's fields.
 */
import { createCipheriv, createDecipheriv, randomBytes, type KeyObject } from "node:crypto";
import { VaultError } from "./errors.js";

const FORMAT_V1 = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;

/** Encrypts `plaintext` under `key`, binding it to `context` (which is not stored). */
export function seal(key: KeyObject, context: Uint8Array, plaintext: Uint8Array): Uint8Array {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(FORMAT_V1, context));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  // A Buffer, not a bare Uint8Array: node-postgres binds Buffers as bytea directly.
  return Buffer.concat([Buffer.of(FORMAT_V1), iv, cipher.getAuthTag(), body]);
}

/**
 * Decrypts a sealed value. Any failure (altered bytes, wrong key, wrong context, unknown format)
 * throws `tampered`; which one it was is deliberately not distinguished, as GCM cannot tell them apart.
 */
export function open(key: KeyObject, context: Uint8Array, sealed: Uint8Array): Uint8Array {
  if (sealed.length < HEADER_BYTES || sealed[0] !== FORMAT_V1) throw tampered();
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  decipher.setAAD(additionalData(FORMAT_V1, context));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]);
  } catch {
    throw tampered();
  }
}

/** An unambiguous encoding of the context parts (JSON, so "a","bc" never equals "ab","c"). */
export function contextOf(...parts: (string | number)[]): Uint8Array {
  return Buffer.from(JSON.stringify(parts), "utf8");
}

function additionalData(format: number, context: Uint8Array): Buffer {
  return Buffer.concat([Buffer.of(format), context]);
}

function tampered(): VaultError {
  return new VaultError("tampered", "Ciphertext failed authentication: altered, or a wrong key, subject or field.");
}
