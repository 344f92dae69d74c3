/** Creates a client record: a pseudonymous id and reference, demographics, and identity in the vault. */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { postcodeDistrict } from "../../core/clients/demographics.js";
import type { Db } from "../db/client.js";
import { clients } from "../db/schema.js";
import { newReference } from "../references.js";
import type { SubjectKey } from "../vault/subject-key.js";
import type { Vault } from "../vault/vault.js";
import { writeIdentity, type Identity } from "./identity-store.js";

export type ClientRow = typeof clients.$inferSelect;

export interface NewClient {
  organisationId: string;
  identity: Identity;
  preferredLanguage: string;
  isInterpreterNeeded: boolean;
  preferredWorkerGender: string;
}

export async function createClient(
  tx: Db,
  context: { vault: Vault; now: Date },
  input: NewClient,
): Promise<{ client: ClientRow; key: SubjectKey }> {
  const id = randomUUID();
  let reference = newReference("C");
  while ((await tx.select({ id: clients.id }).from(clients).where(eq(clients.reference, reference)).limit(1)).length > 0) {
    reference = newReference("C");
  }
  const [client] = await tx
    .insert(clients)
    .values({
      id,
      organisationId: input.organisationId,
      reference,
      preferredLanguage: input.preferredLanguage,
      isInterpreterNeeded: input.isInterpreterNeeded,
      preferredWorkerGender: input.preferredWorkerGender,
      postcodeDistrict: input.identity.postcode ? postcodeDistrict(input.identity.postcode) : null,
    })
    .returning();
  if (!client) throw new Error("insert returned no client");
  const key = await context.vault.createSubjectKey(tx, { subjectId: id, organisationId: input.organisationId });
  await writeIdentity(tx, context.vault, client, key, input.identity, context.now);
  return { client, key };
}
