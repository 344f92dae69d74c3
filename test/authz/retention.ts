/**
 * Declared expectations for the retention schedule (issue 12): the rules are for administrators and
 * the data protection officer; the review queue, approving deletion and the record of deletions are
 * the officer's alone. Another organisation's queue entry or deletion is "not found".
 */
import { inTransaction } from "../../server/db/client.js";
import { approveDeletion } from "../../server/data-protection/retention/approve-deletion.js";
import { deletionOf, dueEntryOf } from "../../server/data-protection/retention/test-support.js";
import { actorFor } from "../../server/clients/test-support.js";
import { createUser } from "../factories.js";
import type { EndpointExpectation, World } from "./types.js";

const configurers = ["administrator", "data_protection_officer"] as const;
const officer = ["data_protection_officer"] as const;
const rule = { adultYearsAfterClosure: 9, childUntilBirthday: 25, childAged17UntilBirthday: 26, version: 1 };

/** A deletion approved in the world's organisation (or the other one) by an officer of it. */
async function approvedDeletion(world: World, home: boolean): Promise<string> {
  const organisation = home ? world.home : world.other;
  const user = await createUser(world.deps.db, world.deps.vault, organisation, { role: "data_protection_officer", isEnrolled: false });
  const dpo = actorFor(user.id, organisation, "data_protection_officer");
  return deletionOf(world, home, (entryId) =>
    inTransaction(world.deps.db, (tx) => approveDeletion(tx, dpo, world.deps.vault, { entryIds: [entryId], confirmedCount: 1 }, { now: world.deps.now(), requestId: "test" })),
  );
}

export const retentionExpectations: Record<string, EndpointExpectation> = {
  "GET /api/data-protection/retention/rules": { allowed: configurers, success: 200, call: async () => ({ url: "/api/data-protection/retention/rules" }) },
  "PUT /api/data-protection/retention/rules/:recordType": { allowed: configurers, success: 200, call: async () => ({ url: "/api/data-protection/retention/rules/client", body: rule }) },
  "GET /api/data-protection/retention/queue": { allowed: officer, success: 200, call: async () => ({ url: "/api/data-protection/retention/queue?status=due" }) },
  "POST /api/data-protection/retention/review": { allowed: officer, success: 200, call: async () => ({ url: "/api/data-protection/retention/review" }) },
  "POST /api/data-protection/retention/deletions": {
    allowed: officer,
    success: 201,
    call: async (world) => ({ url: "/api/data-protection/retention/deletions", body: { entryIds: [(await dueEntryOf(world, true)).id], confirmedCount: 1 } }),
    unseen: async (world) => ({ url: "/api/data-protection/retention/deletions", body: { entryIds: [(await dueEntryOf(world, false)).id], confirmedCount: 1 } }),
    unseenFor: officer,
  },
  "GET /api/data-protection/retention/deletions": { allowed: officer, success: 200, call: async () => ({ url: "/api/data-protection/retention/deletions" }) },
  "GET /api/data-protection/retention/deletions.csv": { allowed: officer, success: 200, call: async () => ({ url: "/api/data-protection/retention/deletions.csv" }) },
  "GET /api/data-protection/retention/deletions/:deletionId": {
    allowed: officer,
    success: 200,
    call: async (world) => ({ url: `/api/data-protection/retention/deletions/${await approvedDeletion(world, true)}` }),
    unseen: async (world) => ({ url: `/api/data-protection/retention/deletions/${await approvedDeletion(world, false)}` }),
    unseenFor: officer,
  },
};
