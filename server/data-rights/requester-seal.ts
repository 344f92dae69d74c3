/**
 * The requester's details (name, contact, what they asked) are personal data, sealed as one JSON
 * field. The key is the client's once the request is matched, so erasing the client shreds them
 * with everything else; until then it is the request's own key (subject = request id), which is
 * destroyed when the details move under the client's.
 */
import { z } from "zod";
import type { Db } from "../db/client.js";
import { isVaultError } from "../vault/errors.js";
import type { SubjectKey } from "../vault/subject-key.js";
import type { Vault } from "../vault/vault.js";

/** The field name the requester's details are sealed under. */
export const requesterField = "data_rights.requester";

const requesterSchema = z.object({ name: z.string(), contact: z.string(), description: z.string() });
export type Requester = z.infer<typeof requesterSchema>;

/** The subject whose key seals a request's details. */
export const sealingSubjectOf = (request: { id: string; clientId: string | null }): string => request.clientId ?? request.id;

export const sealRequester = (vault: Vault, key: SubjectKey, requester: Requester): Uint8Array => vault.encrypt(key, requesterField, JSON.stringify(requester));

export function openRequester(vault: Vault, key: SubjectKey, sealed: Uint8Array): Requester {
  return requesterSchema.parse(JSON.parse(vault.decrypt(key, requesterField, sealed)));
}

/** The details of a request, or null when there are none or their key has been destroyed (an erased client). */
export async function readRequester(db: Db, vault: Vault, request: { id: string; clientId: string | null; requesterDetails: Uint8Array | null }): Promise<Requester | null> {
  if (!request.requesterDetails) return null;
  try {
    return openRequester(vault, await vault.loadSubjectKey(db, sealingSubjectOf(request)), request.requesterDetails);
  } catch (error) {
    if (isVaultError(error, "key_destroyed")) return null;
    throw error;
  }
}
