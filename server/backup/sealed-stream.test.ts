import { randomBytes } from "node:crypto";
import { Readable, type Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { BackupError } from "./backup-error.js";
import { generateBackupKeyPair, parsePrivateKey, parsePublicKey } from "./backup-key.js";
import { decryptingStream, encryptingStream } from "./sealed-stream.js";

const pair = generateBackupKeyPair();
const publicKey = parsePublicKey(pair.publicKeyPem, "test key");
const privateKey = parsePrivateKey(pair.privateKeyPem, "test key");
const chunkSize = 1024;
const headerBytes = 77;
const sealedChunk = chunkSize + 16;

async function collect(source: Readable, transform: Transform): Promise<Buffer> {
  const parts: Buffer[] = [];
  await pipeline(source, transform, async (output: AsyncIterable<Buffer>) => {
    for await (const part of output) parts.push(part);
  });
  return Buffer.concat(parts);
}

/** Encrypts `plain`, fed in uneven pieces as a stream would deliver it. */
function encrypt(plain: Buffer): Promise<Buffer> {
  const pieces = [plain.subarray(0, 7), plain.subarray(7, 1500), plain.subarray(1500)].filter((piece) => piece.length > 0);
  return collect(Readable.from(pieces), encryptingStream(publicKey, chunkSize));
}

const decrypt = (sealed: Buffer): Promise<Buffer> => collect(Readable.from([sealed]), decryptingStream(privateKey));

async function refusal(sealed: Buffer): Promise<string> {
  const error = await decrypt(sealed).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  return (error as BackupError).code;
}

describe("backup encryption", () => {
  it.each([0, 1, chunkSize - 1, chunkSize, chunkSize + 1, 3 * chunkSize, 3 * chunkSize + 5])("gives back exactly the %i bytes sealed", async (size) => {
    const plain = randomBytes(size);
    const sealed = await encrypt(plain);
    expect(sealed.length).toBe(headerBytes + Math.max(1, Math.ceil(size / chunkSize)) * 16 + size);
    expect((await decrypt(sealed)).equals(plain)).toBe(true);
  });

  it("never writes the same bytes twice for the same content", async () => {
    const plain = Buffer.from("the same content");
    expect((await encrypt(plain)).equals(await encrypt(plain))).toBe(false);
  });

  it("refuses a file cut short anywhere, even exactly at a chunk's end", async () => {
    const sealed = await encrypt(randomBytes(3 * chunkSize + 5));
    for (const length of [sealed.length - 1, headerBytes + 2 * sealedChunk, headerBytes + sealedChunk, headerBytes + 10, headerBytes]) {
      expect(await refusal(sealed.subarray(0, length))).toBe("damaged");
    }
  });

  it("refuses chunks reordered, dropped or repeated, and anything added", async () => {
    const sealed = await encrypt(randomBytes(3 * chunkSize + 5));
    const header = sealed.subarray(0, headerBytes);
    const chunk = (n: number) => sealed.subarray(headerBytes + n * sealedChunk, headerBytes + (n + 1) * sealedChunk);
    const last = sealed.subarray(headerBytes + 3 * sealedChunk);
    expect(await refusal(Buffer.concat([header, chunk(1), chunk(0), chunk(2), last]))).toBe("damaged");
    expect(await refusal(Buffer.concat([header, chunk(0), chunk(2), last]))).toBe("damaged");
    expect(await refusal(Buffer.concat([header, chunk(0), chunk(0), chunk(1), chunk(2), last]))).toBe("damaged");
    expect(await refusal(Buffer.concat([sealed, Buffer.from([0])]))).toBe("damaged");
  });

  it("refuses any changed byte: in a chunk, in a tag, in the header's one-time key or chunk size", async () => {
    const sealed = await encrypt(randomBytes(2 * chunkSize));
    for (const at of [headerBytes + 3, headerBytes + chunkSize + 2, sealed.length - 1, headerBytes - 1, 11]) {
      const altered = Buffer.from(sealed);
      altered[at] = (altered[at] ?? 0) ^ 0x80;
      expect(await refusal(altered)).toBe("damaged");
    }
  });

  it("names the key a backup was made for when another private key is given", async () => {
    const sealed = await encrypt(Buffer.from("content"));
    const other = parsePrivateKey(generateBackupKeyPair().privateKeyPem, "other key");
    const error = await collect(Readable.from([sealed]), decryptingStream(other)).then(
      () => undefined,
      (e: unknown) => e as BackupError,
    );
    expect(error?.code).toBe("wrong_key");
  });

  it("says a file that is not a backup is not one", async () => {
    expect(await refusal(Buffer.from("client_id,given_name\n1,A\n".repeat(10)))).toBe("not_a_backup");
    expect(await refusal(Buffer.from("short"))).toBe("not_a_backup");
  });

  it("opens a private key protected by a passphrase only with that passphrase", () => {
    const protectedPair = generateBackupKeyPair("river stone quiet");
    expect(() => parsePrivateKey(protectedPair.privateKeyPem, "k")).toThrow(/PATHWAYS_BACKUP_KEY_PASSPHRASE/);
    expect(() => parsePrivateKey(protectedPair.privateKeyPem, "k", "wrong words")).toThrow(BackupError);
    expect(parsePrivateKey(protectedPair.privateKeyPem, "k", "river stone quiet").asymmetricKeyType).toBe("x25519");
    expect(() => parsePublicKey(protectedPair.privateKeyPem, "k")).toThrow(BackupError);
  });
});
