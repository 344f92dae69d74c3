/**
 * Imports and saved mappings for tests, made through the import's own use cases in the test's own
 * organisation (uploaded by a new administrator there), optionally already checked.
 */
import { randomUUID } from "node:crypto";
import type { TestOrganisation } from "../../test/factories.js";
import { createUser } from "../../test/factories.js";
import { inTransaction, type Db } from "../db/client.js";
import { importMappings } from "../db/schema.js";
import type { AppDeps } from "../http/context.js";
import { checkImport } from "./check-import.js";
import { uploadImport } from "./upload-import.js";

const sample = "Client ID,First name,Surname\r\nA-1,Aisha,Khan\r\nA-2,Bilal,Shah\r\n";

export async function createTestImport(deps: AppDeps, organisation: TestOrganisation, options: { checked?: boolean; file?: Uint8Array } = {}) {
  const user = await createUser(deps.db, deps.vault, organisation, { role: "administrator" });
  const actor = { userId: user.id, organisationId: organisation.id };
  const context = { vault: deps.vault, now: deps.now(), requestId: "test" };
  return inTransaction(deps.db, async (tx) => {
    const row = await uploadImport(tx, actor, options.file ?? Buffer.from(sample), context);
    return options.checked ? checkImport(tx, actor, row.id, { kind: "clients", columns: { reference: 0, givenName: 1, familyName: 2 } }, context) : row;
  });
}

export async function createTestMapping(db: Db, organisation: TestOrganisation) {
  const [row] = await db
    .insert(importMappings)
    .values({ organisationId: organisation.id, name: `Mapping ${randomUUID().slice(0, 8)}`, kind: "clients", columns: { reference: "Client ID", givenName: "First name" }, updatedAt: new Date() })
    .returning();
  return row!;
}
