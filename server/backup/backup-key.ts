/**
 * Backup keys: an X25519 key pair per installation. The server that writes backups holds only the
 * public key, so a stolen server (or backup store) cannot read a backup; the private key is kept
 * offline and brought out to verify or restore. Keys are stored as PEM (SPKI public, PKCS#8
 * private, the private one optionally encrypted with a passphrase).
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { BackupError } from "./backup-error.js";

export interface BackupKeyPair {
  publicKeyPem: string;
  privateKeyPem: string;
}

/** A new key pair; with a passphrase, the private key's PEM is encrypted under it. */
export function generateBackupKeyPair(passphrase?: string): BackupKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync("x25519");
  const publicKeyPem = publicKey.export({ type: "spki", format: "pem" }).toString();
  const privateKeyPem = privateKey
    .export(passphrase ? { type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase } : { type: "pkcs8", format: "pem" })
    .toString();
  return { publicKeyPem, privateKeyPem };
}

/** The 32 raw bytes of an X25519 public key. */
export function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: "jwk" });
  if (jwk.crv !== "X25519" || typeof jwk.x !== "string") throw new BackupError("bad_key", "The key is not an X25519 key.");
  return Buffer.from(jwk.x, "base64url");
}

export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: { kty: "OKP", crv: "X25519", x: Buffer.from(raw).toString("base64url") }, format: "jwk" });
}

/** Names a public key without giving it away: the SHA-256 of its raw bytes. */
export function keyId(publicKey: KeyObject): Buffer {
  return createHash("sha256").update(rawPublicKey(publicKey)).digest();
}

export function parsePublicKey(pem: string, origin: string): KeyObject {
  try {
    const key = createPublicKey(pem);
    rawPublicKey(key);
    return key;
  } catch {
    throw new BackupError("bad_key", `${origin} is not an X25519 public key in PEM form (make one with \`npm run backup:keygen\`).`);
  }
}

export function parsePrivateKey(pem: string, origin: string, passphrase?: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(passphrase ? { key: pem, passphrase } : pem);
  } catch {
    const hint = pem.includes("ENCRYPTED") ? " It is protected by a passphrase: set PATHWAYS_BACKUP_KEY_PASSPHRASE to it." : "";
    throw new BackupError("bad_key", `${origin} could not be read as a private key.${hint}`);
  }
  if (key.asymmetricKeyType !== "x25519") throw new BackupError("bad_key", `${origin} is not an X25519 private key.`);
  return key;
}
