import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blindIndex, normaliseForIndex } from "./blind-index.js";
import { generateKeyring } from "./keyring.js";

describe("vault.blind-index", () => {
  const keyring = generateKeyring();

  it("is deterministic, base64url, and reveals nothing of the value", () => {
    const index = blindIndex(keyring, "client.email", "amina@example.org");
    expect(blindIndex(keyring, "client.email", "amina@example.org")).toBe(index);
    expect(index).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(index).not.toContain("amina");
  });

  it("differs per purpose, so columns for different purposes cannot be joined", () => {
    expect(blindIndex(keyring, "client.email", "amina")).not.toBe(blindIndex(keyring, "client.name", "amina"));
  });

  it("differs per blind-index key, so it cannot be computed without the keyring", () => {
    expect(blindIndex(keyring, "client.name", "amina")).not.toBe(blindIndex(generateKeyring(), "client.name", "amina"));
  });

  it("does not depend on the master keys, so master key rotation leaves indexes valid", () => {
    const rotated = { ...generateKeyring(), blindIndexKey: keyring.blindIndexKey };
    expect(blindIndex(rotated, "client.name", "amina")).toBe(blindIndex(keyring, "client.name", "amina"));
  });

  it("is equal for values that differ only in case and whitespace, once normalised", () => {
    const variants = ["Amina  Begum", " amina begum ", "AMINA\tBEGUM", "amina\u00a0begum", "Ａｍｉｎａ Ｂｅｇｕｍ"];
    const indexes = variants.map((v) => blindIndex(keyring, "client.name", normaliseForIndex(v)));
    expect(new Set(indexes).size).toBe(1);
    expect(blindIndex(keyring, "client.name", normaliseForIndex("Amina Begam"))).not.toBe(indexes[0]);
  });

  it.each([
    ["  Amina   Begum  ", "amina begum"],
    ["ÉLODIE", "élodie"],
    ["E\u0301lodie", "élodie"],
    ["ﬁona", "fiona"],
    ["", ""],
    ["\n\t ", ""],
  ])("normalises %j to %j", (value, expected) => {
    expect(normaliseForIndex(value)).toBe(expected);
  });

  it("normalises idempotently", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (value) => {
        const once = normaliseForIndex(value);
        expect(normaliseForIndex(once)).toBe(once);
      }),
    );
  });

  it("refuses purposes that are empty or could be confused", () => {
    for (const purpose of ["", "Client.Name", "client name", "x".repeat(101)]) {
      expect(() => blindIndex(keyring, purpose, "amina")).toThrow(TypeError);
    }
  });
});
