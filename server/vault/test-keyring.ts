/**
 * Keyrings for tests. The test database is shared by parallel tests (and, on PostgreSQL, by every
 * worker), and rotation touches every row wrapped by a version the keyring holds; so each test keyring
 * starts at a random version, and a rotation in one test never reaches another test's subject keys.
 */
import { createSecretKey, randomBytes, randomInt } from "node:crypto";
import type { Keyring } from "./keyring.js";

/** A fresh keyring; pass `version` to get a different key under a version another keyring uses. */
export function testKeyring(version = randomInt(1_000, 1_000_000_000)): Keyring {
  return {
    currentMasterKey: version,
    masterKeys: new Map([[version, createSecretKey(randomBytes(32))]]),
    blindIndexKey: createSecretKey(randomBytes(32)),
  };
}
