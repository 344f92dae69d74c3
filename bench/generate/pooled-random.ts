/**
 * Batches the loader's calls for random bytes. On this kind of virtual machine each call into
 * OpenSSL's generator costs 7–12 µs whatever its size, and the vault asks for 12 bytes per sealed
 * field (the IV) and 32 per data key: a third of the loader's time went there. The bytes still come
 * from node:crypto's generator, fetched 64 KiB at a time; the ciphertext format is unchanged.
 *
 * Only the bench loader's worker threads install this; the server never does.
 */
import type * as nodeCrypto from "node:crypto";
import { createRequire, syncBuiltinESMExports } from "node:module";

const poolBytes = 64 * 1024;

export function installPooledRandomBytes(): void {
  const crypto = createRequire(import.meta.url)("node:crypto") as typeof nodeCrypto;
  const fill = crypto.randomFillSync.bind(crypto);
  const original = crypto.randomBytes;
  let pool = Buffer.alloc(0);
  let offset = 0;
  const pooled = (size: number, callback?: (error: Error | null, bytes: Buffer) => void): Buffer | void => {
    if (callback) return original(size, callback);
    if (size > 1024) return original(size);
    if (offset + size > pool.length) {
      pool = fill(Buffer.allocUnsafe(poolBytes));
      offset = 0;
    }
    // A copy, so no caller ever shares memory with the pool or with another caller.
    const bytes = Buffer.from(pool.subarray(offset, offset + size));
    offset += size;
    return bytes;
  };
  crypto.randomBytes = pooled as typeof crypto.randomBytes;
  // Rebinds `import { randomBytes } from "node:crypto"` in already-loaded modules (the vault's).
  syncBuiltinESMExports();
}
