import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { replayWindowSeconds, signatureFor, verifySignature } from "./signature.js";

const secret = "whsec_test-secret";
const body = JSON.stringify({ id: "1b4e28ba-2fa1-11d2-883f-0016d3cca427", type: "case.closed" });

describe("integrations.signature", () => {
  it("verifies what it signs within the replay window", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1_600_000_000, max: 2_000_000_000 }), fc.integer({ min: -replayWindowSeconds, max: replayWindowSeconds }), (text, sentAt, skew) => {
        return verifySignature(secret, signatureFor(secret, sentAt, text), text, sentAt + skew).ok;
      }),
    );
  });

  it("refuses a changed body, another secret, an old message and a malformed header", () => {
    const sentAt = 1_800_000_000;
    const header = signatureFor(secret, sentAt, body);
    expect(header).toMatch(/^t=1800000000,v1=[0-9a-f]{64}$/);
    expect(verifySignature(secret, header, `${body} `, sentAt)).toEqual({ ok: false, reason: "mismatch" });
    expect(verifySignature("whsec_other", header, body, sentAt)).toEqual({ ok: false, reason: "mismatch" });
    expect(verifySignature(secret, header, body, sentAt + replayWindowSeconds + 1)).toEqual({ ok: false, reason: "stale" });
    expect(verifySignature(secret, header.replace(/t=\d+/, "t=1800000001"), body, sentAt)).toEqual({ ok: false, reason: "mismatch" });
    for (const bad of ["", "v1=abc", "t=abc,v1=00", `t=${sentAt}`, `t=${sentAt},t=${sentAt},v1=00`]) {
      expect(verifySignature(secret, bad, body, sentAt).ok, bad).toBe(false);
    }
  });

  it("accepts any one matching v1, so a secret can be rolled", () => {
    const sentAt = 1_800_000_000;
    const current = signatureFor(secret, sentAt, body);
    const previous = signatureFor("whsec_previous", sentAt, body).split(",")[1]!;
    expect(verifySignature(secret, `${current},${previous}`, body, sentAt).ok).toBe(true);
  });
});
