/**
 * Reference numbers people can read out on the phone: a prefix and eight characters of Crockford's
 * base32 (no I, L, O or U to misread), random, so a reference says nothing about who or when.
 */
const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** `bytes` must hold at least 8 random bytes. */
export function formatReference(prefix: "R" | "C" | "K" | "D", bytes: Uint8Array): string {
  if (bytes.length < 8) throw new Error("need 8 random bytes");
  const chars = Array.from(bytes.slice(0, 8), (byte) => alphabet[byte & 31]).join("");
  return `${prefix}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}
