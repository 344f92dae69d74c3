import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { inspect } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { addMasterKeyVersion, generateKeyring, loadKeyring, parseKeyring, serialiseKeyring, withoutOldMasterKeys } from "./keyring.js";
import { vaultError } from "./expect-vault-error.js";

const scratch = await mkdtemp(path.join(os.tmpdir(), "pathways-keyring-"));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const freshDir = () => path.join(scratch, randomBytes(6).toString("hex"));
const modeOf = async (p: string) => (await stat(p)).mode & 0o777;
const key = () => randomBytes(32).toString("base64");

describe("vault.keyring", () => {
  it("creates <data dir>/keyring.json on first start, owner-only, in an owner-only folder", async () => {
    const dataDir = path.join(freshDir(), "nested");
    const first = await loadKeyring({ dataDir, keyringJson: undefined });
    const file = path.join(dataDir, "keyring.json");
    expect(first.source).toEqual({ kind: "file", path: file, isCreated: true });
    expect(await modeOf(file)).toBe(0o600);
    expect(await modeOf(dataDir)).toBe(0o700);

    const second = await loadKeyring({ dataDir, keyringJson: undefined });
    expect(second.source).toEqual({ kind: "file", path: file, isCreated: false });
    expect(serialiseKeyring(second.keyring)).toBe(serialiseKeyring(first.keyring));
  });

  it("agrees on one keyring when two processes start at once", async () => {
    const dataDir = freshDir();
    const [a, b] = await Promise.all([loadKeyring({ dataDir, keyringJson: undefined }), loadKeyring({ dataDir, keyringJson: undefined })]);
    expect(serialiseKeyring(a.keyring)).toBe(serialiseKeyring(b.keyring));
    expect([a.source, b.source].filter((s) => s.kind === "file" && s.isCreated)).toHaveLength(1);
  });

  it.each([
    ["group-readable", 0o640],
    ["world-readable", 0o604],
    ["group-writable", 0o620],
  ])("refuses to start when the keyring file is %s", async (_case, mode) => {
    const dataDir = freshDir();
    await loadKeyring({ dataDir, keyringJson: undefined });
    const file = path.join(dataDir, "keyring.json");
    await chmod(file, mode);
    const refusal = loadKeyring({ dataDir, keyringJson: undefined });
    await expect(refusal).rejects.toEqual(vaultError("keyring_insecure"));
    await expect(refusal).rejects.toThrow(`chmod 600 ${file}`);
  });

  it("uses PATHWAYS_KEYRING when set and writes no file", async () => {
    const dataDir = freshDir();
    const json = serialiseKeyring(generateKeyring());
    const loaded = await loadKeyring({ dataDir, keyringJson: json });
    expect(loaded.source).toEqual({ kind: "env" });
    expect(serialiseKeyring(loaded.keyring)).toBe(json);
    await expect(stat(dataDir)).rejects.toThrow();
  });

  it("round-trips through JSON in the documented format", () => {
    const keyring = addMasterKeyVersion(generateKeyring());
    const json = JSON.parse(serialiseKeyring(keyring)) as Record<string, unknown>;
    expect(json).toMatchObject({ version: 1, currentMasterKey: 2 });
    expect(Object.keys(json.masterKeys as object)).toEqual(["1", "2"]);
    expect(serialiseKeyring(parseKeyring(JSON.stringify(json)))).toBe(serialiseKeyring(keyring));
  });

  it("keeps old master keys when adding a version, and drops them only when retired", () => {
    const rotated = addMasterKeyVersion(generateKeyring());
    expect([...rotated.masterKeys.keys()]).toEqual([1, 2]);
    const retired = withoutOldMasterKeys(rotated);
    expect([...retired.masterKeys.keys()]).toEqual([2]);
    expect(retired.masterKeys.get(2)).toBe(rotated.masterKeys.get(2));
  });

  it.each([
    ["a key that is not 32 bytes", { masterKeys: { "1": randomBytes(16).toString("base64") } }, "masterKeys.1"],
    ["a key with junk in its base64", { blindIndexKey: `${key().slice(0, 40)}!!!=` }, "blindIndexKey"],
    ["a current version with no key", { currentMasterKey: 3 }, "currentMasterKey"],
    ["an unknown format version", { version: 2 }, "version"],
    ["a master key version that is not a number", { masterKeys: { [key()]: key() } }, "masterKeys.…"],
  ])("rejects %s, naming the field but not the key material", (_case, change, field) => {
    const good = { version: 1, currentMasterKey: 1, masterKeys: { "1": key() }, blindIndexKey: key() };
    const bad = { ...good, ...change };
    const secrets = [...Object.values(bad.masterKeys), ...Object.keys(bad.masterKeys), bad.blindIndexKey].filter((s) => s.length > 20);
    let message = "";
    try {
      parseKeyring(JSON.stringify(bad));
    } catch (error) {
      expect(error).toEqual(vaultError("keyring_invalid"));
      message = (error as Error).message;
    }
    expect(message).toContain(field);
    for (const secret of secrets) expect(message).not.toContain(secret.slice(0, 12));
  });

  it("rejects a file that is not JSON without quoting it", async () => {
    const dataDir = freshDir();
    await loadKeyring({ dataDir, keyringJson: undefined });
    const file = path.join(dataDir, "keyring.json");
    const secretish = `{"blindIndexKey": "${key()}"`;
    await writeFile(file, secretish, { mode: 0o600 });
    const refusal = loadKeyring({ dataDir, keyringJson: undefined });
    await expect(refusal).rejects.toEqual(vaultError("keyring_invalid"));
    await expect(refusal).rejects.not.toThrow(secretish.slice(20, 40));
  });

  it("prints no key material when a keyring is logged", async () => {
    const dataDir = freshDir();
    const { keyring } = await loadKeyring({ dataDir, keyringJson: undefined });
    const stored = JSON.parse(await readFile(path.join(dataDir, "keyring.json"), "utf8")) as { blindIndexKey: string; masterKeys: Record<string, string> };
    const printed = `${inspect(keyring, { depth: 10 })}${JSON.stringify(keyring)}`;
    for (const secret of [stored.blindIndexKey, ...Object.values(stored.masterKeys)]) {
      expect(printed).not.toContain(secret);
      expect(printed).not.toContain(Buffer.from(secret, "base64").toString("hex"));
    }
  });
});
