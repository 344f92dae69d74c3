/**
 * After loading, reads a sample of clients back through the server's own readIdentity (vault key
 * unwrap and field decryption) and compares them with what the seed says they are: proof that the
 * loaded ciphertext is what the app would have written.
 */
import { isDeepStrictEqual } from "node:util";
import { readIdentity } from "../../server/clients/identity-store.js";
import type { Db } from "../../server/db/client.js";
import type { Vault } from "../../server/vault/vault.js";
import { personAt } from "../data/person.js";

export async function verifySample(db: Db, vault: Vault, seed: number, clients: number, sampleSize = 50): Promise<void> {
  for (let i = 0; i < sampleSize; i++) {
    const ordinal = Math.floor((i * clients) / sampleSize);
    const person = personAt(seed, ordinal);
    const stored = await readIdentity(db, vault, person.clientId);
    if (!isDeepStrictEqual({ ...stored }, { ...person.identity })) {
      throw new Error(`Client ${ordinal} does not read back as generated`);
    }
  }
}
