import { describe, expect, it } from "vitest";
import { keyFromPin, newSalt, seal, unseal } from "./offline-crypto.js";

// Few rounds keep the test quick; the rounds do not change what is checked here.
const rounds = 1_000;

describe("outreach.offline-crypto", () => {
  it("opens a sealed entry with the same PIN and salt, after the key is made again (as after a reload)", async () => {
    const salt = newSalt();
    const sealed = await seal(await keyFromPin("482916", salt, rounds), "entry:a", { headcount: { total: 42 } });
    expect(new TextDecoder().decode(sealed.data)).not.toContain("42");
    expect(await unseal(await keyFromPin("482916", salt, rounds), "entry:a", sealed)).toEqual({ headcount: { total: 42 } });
  });

  it("opens nothing with another PIN, another salt, under another record's name, or once changed", async () => {
    const salt = newSalt();
    const key = await keyFromPin("482916", salt, rounds);
    const sealed = await seal(key, "entry:a", "Busy after Jummah");
    await expect(unseal(await keyFromPin("482917", salt, rounds), "entry:a", sealed)).rejects.toThrow();
    await expect(unseal(await keyFromPin("482916", newSalt(), rounds), "entry:a", sealed)).rejects.toThrow();
    await expect(unseal(key, "entry:b", sealed)).rejects.toThrow();
    const changed = new Uint8Array(sealed.data.slice(0));
    changed[0] = changed[0]! ^ 1;
    await expect(unseal(key, "entry:a", { iv: sealed.iv, data: changed.buffer })).rejects.toThrow();
  });

  it("keeps the key inside the browser: it cannot be exported", async () => {
    const key = await keyFromPin("482916", newSalt(), rounds);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey("raw", key)).rejects.toThrow();
  });
});
