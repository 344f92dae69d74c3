/**
 * Data-rights requests for tests, logged through the same use case the route uses (so sealing,
 * deadline and history are real), by a data protection officer of the test's own organisation.
 */
import { createUser, type TestOrganisation } from "../../test/factories.js";
import { inTransaction } from "../db/client.js";
import type { AppDeps } from "../http/context.js";
import { actorOf } from "../demo/demo-actor.js";
import { logRequest } from "./log-request.js";

export async function createTestRequest(
  deps: AppDeps,
  organisation: TestOrganisation,
  options: { clientId?: string | null; kind?: "access" | "erasure" | "restriction"; receivedOn?: string } = {},
) {
  const officer = await createUser(deps.db, deps.vault, organisation, { role: "data_protection_officer" });
  const actor = actorOf(organisation.id, { userId: officer.id, displayName: "Officer", grants: [{ role: "data_protection_officer", siteId: null }] });
  const now = deps.now();
  const id = await inTransaction(deps.db, (tx) =>
    logRequest(
      tx,
      actor,
      {
        kind: options.kind ?? "access",
        requesterRelation: "self",
        requesterName: "Requester Person",
        requesterContact: "By post to the address on file",
        description: "Everything you hold about me",
        receivedOn: options.receivedOn ?? now.toISOString().slice(0, 10),
        clientId: options.clientId ?? null,
      },
      { vault: deps.vault, now, requestId: "test" },
    ),
  );
  return { id, officerId: officer.id };
}
