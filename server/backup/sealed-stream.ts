/**
 * Authenticated encryption of a backup as a stream, to a recipient's X25519 public key.
 *
 * Layout: a 77-byte header — "PWBACKUP", format version 1, the chunk size (4 bytes), the
 * recipient key's id (SHA-256 of its raw public key, 32 bytes) and a one-time X25519 public key
 * (32 bytes) — then the payload in AES-256-GCM chunks of `chunkSize` plaintext bytes, each followed
 * by its 16-byte tag. The content key is HKDF-SHA256 of the X25519 shared secret, salted with the
 * whole header, so changing any header byte makes every chunk fail. Each chunk's nonce is its
 * number (11 bytes) and a last-chunk flag (1 byte), as in the STREAM construction (Hoang, Reyhanitabar,
 * Rogaway and Vizár, "Online Authenticated-Encryption and its Nonce-Reuse Misuse-Resistance", 2015):
 * chunks cannot be reordered, dropped or repeated, and a file cut short at any point fails, because
 * the chunk read last was not sealed as the last one. The one-time key makes the content key
 * unique to the backup, so counter nonces never repeat under one key.
 */
import { createCipheriv, createDecipheriv, diffieHellman, generateKeyPairSync, hkdfSync, type KeyObject } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { BackupError } from "./backup-error.js";
import { keyId, publicKeyFromRaw, rawPublicKey } from "./backup-key.js";

const MAGIC = Buffer.from("PWBACKUP", "ascii");
const FORMAT_VERSION = 1;
const HEADER_BYTES = MAGIC.length + 1 + 4 + 32 + 32;
const TAG_BYTES = 16;
export const defaultChunkSize = 64 * 1024;
const maxChunkSize = 16 * 1024 * 1024;

function contentKey(shared: Buffer, header: Buffer): Buffer {
  return Buffer.from(hkdfSync("sha256", shared, header, "pathways backup v1 content key", 32));
}

function nonce(counter: number, isLast: boolean): Buffer {
  const bytes = Buffer.alloc(12);
  bytes.writeUIntBE(counter, 5, 6);
  bytes[11] = isLast ? 1 : 0;
  return bytes;
}

/** Encrypts everything written to it for `recipient`; the output starts with the header. */
export function encryptingStream(recipient: KeyObject, chunkSize = defaultChunkSize): Transform {
  const ephemeral = generateKeyPairSync("x25519");
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header[MAGIC.length] = FORMAT_VERSION;
  header.writeUInt32BE(chunkSize, MAGIC.length + 1);
  keyId(recipient).copy(header, MAGIC.length + 5);
  rawPublicKey(ephemeral.publicKey).copy(header, MAGIC.length + 37);
  const key = contentKey(diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient }), header);
  let counter = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const seal = (plain: Buffer, isLast: boolean): Buffer => {
    const cipher = createCipheriv("aes-256-gcm", key, nonce(counter, isLast), { authTagLength: TAG_BYTES });
    counter += 1;
    return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  };
  return new Transform({
    construct(callback) {
      this.push(header);
      callback();
    },
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      // A full chunk is sealed only once more data follows it: the last chunk must carry the flag.
      if (pendingBytes > chunkSize) {
        let all = Buffer.concat(pending);
        while (all.length > chunkSize) {
          this.push(seal(all.subarray(0, chunkSize), false));
          all = all.subarray(chunkSize);
        }
        pending = [all];
        pendingBytes = all.length;
      }
      callback();
    },
    flush(callback: TransformCallback) {
      this.push(seal(Buffer.concat(pending), true));
      callback();
    },
  });
}

/** What the header of a backup says, read before any decryption. */
export interface BackupHeader {
  chunkSize: number;
  recipientKeyId: Buffer;
  bytes: Buffer;
}

export function parseHeader(bytes: Buffer): BackupHeader {
  if (bytes.length < HEADER_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new BackupError("not_a_backup", "This file is not a Pathways backup (its first bytes are not a backup's).");
  }
  if (bytes[MAGIC.length] !== FORMAT_VERSION) {
    throw new BackupError("unsupported", `This backup is in format ${bytes[MAGIC.length]}, which this version of Pathways does not read.`);
  }
  const chunkSize = bytes.readUInt32BE(MAGIC.length + 1);
  if (chunkSize < 1 || chunkSize > maxChunkSize) throw new BackupError("damaged", "The backup's header is damaged (impossible chunk size).");
  return { chunkSize, recipientKeyId: bytes.subarray(MAGIC.length + 5, MAGIC.length + 37), bytes: bytes.subarray(0, HEADER_BYTES) };
}

/**
 * Decrypts a backup with the recipient's private key, failing with `wrong_key` if the backup was
 * made for another key and `damaged` at the first chunk that was altered, reordered or cut off.
 * Nothing unauthenticated is passed on: each chunk is released only after its tag checks.
 */
export function decryptingStream(privateKey: KeyObject): Transform {
  let header: BackupHeader | undefined;
  let key: Buffer | undefined;
  let counter = 0;
  let buffered: Buffer = Buffer.alloc(0);
  const open = (sealed: Buffer, isLast: boolean): Buffer => {
    if (!key || sealed.length < TAG_BYTES) throw damaged();
    const decipher = createDecipheriv("aes-256-gcm", key, nonce(counter, isLast), { authTagLength: TAG_BYTES });
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    counter += 1;
    try {
      return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw damaged();
    }
  };
  const start = (bytes: Buffer): void => {
    header = parseHeader(bytes);
    const publicKey = publicKeyFromRaw(bytes.subarray(MAGIC.length + 37, HEADER_BYTES));
    const ours = keyId(publicKeyOf(privateKey));
    if (!ours.equals(header.recipientKeyId)) {
      throw new BackupError(
        "wrong_key",
        `This backup was made for another backup key (${header.recipientKeyId.toString("hex").slice(0, 16)}); the key given is ${ours.toString("hex").slice(0, 16)}.`,
      );
    }
    key = contentKey(diffieHellman({ privateKey, publicKey }), header.bytes);
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      try {
        buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
        if (!header) {
          if (buffered.length < HEADER_BYTES) return callback();
          start(buffered);
          buffered = buffered.subarray(HEADER_BYTES);
        }
        const sealedSize = header!.chunkSize + TAG_BYTES;
        // Keep at least one sealed chunk back: only the end of the file says which chunk is last.
        while (buffered.length > sealedSize) {
          this.push(open(buffered.subarray(0, sealedSize), false));
          buffered = buffered.subarray(sealedSize);
        }
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback: TransformCallback) {
      try {
        if (!header) {
          const isCutShort = buffered.length >= MAGIC.length && buffered.subarray(0, MAGIC.length).equals(MAGIC);
          throw isCutShort ? damaged() : new BackupError("not_a_backup", "This file is not a Pathways backup (it is too short to be one).");
        }
        this.push(open(buffered, true));
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}

function publicKeyOf(privateKey: KeyObject): KeyObject {
  const jwk = privateKey.export({ format: "jwk" });
  return publicKeyFromRaw(Buffer.from(String(jwk.x), "base64url"));
}

const damaged = () => new BackupError("damaged", "The backup is damaged or was altered: it failed its integrity check, so nothing from it is used.");
