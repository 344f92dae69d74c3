import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, matchTotp, totpCode } from "./totp.js";

// RFC 6238 appendix B test vectors for SHA-1 (secret "12345678901234567890"), last six digits.
const rfcSecret = base32Encode(Buffer.from("12345678901234567890"));
const vectors: [number, string][] = [
  [59, "287082"],
  [1111111109, "081804"],
  [1111111111, "050471"],
  [1234567890, "005924"],
  [2000000000, "279037"],
];

describe("totp", () => {
  it.each(vectors)("matches the RFC 6238 vector at %i seconds", (seconds, code) => {
    expect(totpCode(rfcSecret, Math.floor(seconds / 30))).toBe(code);
  });

  it("round-trips base32", () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 253, 254, 255, 7]);
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
  });

  it("accepts a code from the previous step but not one already used", () => {
    const at = new Date(1_700_000_000_000);
    const previous = Math.floor(at.getTime() / 30_000) - 1;
    const code = totpCode(rfcSecret, previous);
    expect(matchTotp(rfcSecret, code, at, null)).toBe(previous);
    expect(matchTotp(rfcSecret, code, at, previous)).toBeNull();
  });

  it("refuses a code from two steps ago", () => {
    const at = new Date(1_700_000_000_000);
    const code = totpCode(rfcSecret, Math.floor(at.getTime() / 30_000) - 2);
    expect(matchTotp(rfcSecret, code, at, null)).toBeNull();
  });
});
