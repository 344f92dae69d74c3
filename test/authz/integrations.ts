/**
 * Declared expectations for integrations (issue 14): anyone signed in keeps their own personal API
 * tokens (another person's token is "not found"); service accounts, service tokens and webhooks
 * are for administrators only, and another organisation's are "not found".
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { inTransaction } from "../../server/db/client.js";
import { users, webhookDeliveries } from "../../server/db/schema.js";
import { issueToken } from "../../server/integrations/tokens/issue-token.js";
import { createServiceAccount } from "../../server/integrations/tokens/service-accounts.js";
import { createWebhook } from "../../server/integrations/webhooks/create-webhook.js";
import { emitWebhookEvent } from "../../server/integrations/webhooks/emit-event.js";
import type { Actor } from "../../server/http/context.js";
import { createUser, type TestOrganisation } from "../factories.js";
import type { Call, EndpointExpectation, World } from "./types.js";

const administrators = ["administrator"] as const;
const expiresOn = (world: World) => new Date(world.deps.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10);

/** An administrator of `organisation`, as an actor for the use cases. */
async function administratorOf(world: World, organisation: TestOrganisation): Promise<Actor> {
  const user = await createUser(world.deps.db, world.deps.vault, organisation, { role: "administrator" });
  const [row] = await world.deps.db.select().from(users).where(eq(users.id, user.id));
  return { userId: user.id, organisationId: organisation.id, organisationName: organisation.name, email: row!.email, displayName: row!.displayName, language: "en", isSecondFactorEnrolled: true, grants: [{ role: "administrator", siteId: null }], session: { tokenHash: "", mfaState: "complete", csrfToken: "", idleMinutes: 30 } };
}

async function tokenOf(world: World, organisation: TestOrganisation, kind: "personal" | "service") {
  const owner = await createUser(world.deps.db, world.deps.vault, organisation, { role: "caseworker" });
  const context = { now: world.deps.now(), requestId: randomUUID() };
  const { row } = await inTransaction(world.deps.db, (tx) => issueToken(tx, { userId: owner.id }, { organisationId: organisation.id, userId: owner.id, kind, name: "Reporting tool", scope: "read", expiresOn: expiresOn(world) }, context));
  return row;
}

async function webhookOf(world: World, organisation: TestOrganisation) {
  const actor = await administratorOf(world, organisation);
  const context = { vault: world.deps.vault, rules: { isLoopbackAllowed: true }, now: world.deps.now(), requestId: randomUUID() };
  return inTransaction(world.deps.db, async (tx) => {
    const { row } = await createWebhook(tx, actor, { name: "Council system", url: "https://partner.example.org/hooks", events: ["referral.received"], partnerId: null, identityFields: [] }, context);
    await emitWebhookEvent(tx, { type: "referral.received", organisationId: organisation.id, siteId: organisation.siteIds[0], data: { referralId: randomUUID(), referralReference: "R-TEST" } }, world.deps.now());
    return row;
  });
}

async function deliveryOf(world: World, organisation: TestOrganisation): Promise<{ webhookId: string; deliveryId: string }> {
  const webhook = await webhookOf(world, organisation);
  const [delivery] = await world.deps.db.select({ id: webhookDeliveries.id }).from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, webhook.id));
  // Resending needs a delivery that is not waiting already.
  await world.deps.db.update(webhookDeliveries).set({ status: "failed" }).where(eq(webhookDeliveries.id, delivery!.id));
  return { webhookId: webhook.id, deliveryId: delivery!.id };
}

const organisationOf = (world: World, home: boolean) => (home ? world.home : world.other);
function onRecord(success: number, build: (world: World, home: boolean) => Promise<Call>): EndpointExpectation {
  return { allowed: administrators, success, call: (world) => build(world, true), unseen: (world) => build(world, false) };
}

export const integrationExpectations: Record<string, EndpointExpectation> = {
  "GET /api/integrations/tokens": { allowed: "signed-in", success: 200, call: async () => ({ url: "/api/integrations/tokens" }) },
  "POST /api/integrations/tokens": { allowed: "signed-in", success: 201, call: async (world) => ({ url: "/api/integrations/tokens", body: { name: "My spreadsheet", scope: "read", expiresOn: expiresOn(world) } }) },
  "POST /api/integrations/tokens/:tokenId/revoke": {
    allowed: [],
    success: 200,
    // The matrix acts as a user of its own; only that user's token is theirs to revoke, so the
    // success case is covered in tokens.test.ts and here every role finds someone else's token missing.
    statusFor: { caseworker: 404, mentor: 404, team_manager: 404, safeguarding_lead: 404, panel_member: 404, outreach_worker: 404, data_protection_officer: 404, administrator: 404, commissioner: 404, content_editor: 404 },
    call: async (world) => ({ url: `/api/integrations/tokens/${(await tokenOf(world, world.home, "personal")).id}/revoke` }),
    unseen: async (world) => ({ url: `/api/integrations/tokens/${(await tokenOf(world, world.other, "personal")).id}/revoke` }),
  },
  "GET /api/integrations/service-accounts": { allowed: administrators, success: 200, call: async () => ({ url: "/api/integrations/service-accounts" }) },
  "POST /api/integrations/service-accounts": { allowed: administrators, success: 201, call: async (world) => ({ url: "/api/integrations/service-accounts", body: { name: "Council case system", description: "", grants: [{ role: "caseworker", siteId: world.home.siteIds[0] }] } }) },
  "GET /api/integrations/service-tokens": { allowed: administrators, success: 200, call: async () => ({ url: "/api/integrations/service-tokens" }) },
  "POST /api/integrations/service-tokens": {
    allowed: administrators,
    success: 201,
    call: async (world) => {
      const actor = await administratorOf(world, world.home);
      const account = await inTransaction(world.deps.db, (tx) => createServiceAccount(tx, actor, { name: "Council case system", description: "", grants: [{ role: "caseworker", siteId: world.home.siteIds[0] }] }, { now: world.deps.now(), requestId: randomUUID() }));
      return { url: "/api/integrations/service-tokens", body: { name: "Nightly sync", scope: "read", expiresOn: expiresOn(world), serviceAccountId: account.id } };
    },
  },
  "POST /api/integrations/service-tokens/:tokenId/revoke": onRecord(200, async (world, home) => ({ url: `/api/integrations/service-tokens/${(await tokenOf(world, organisationOf(world, home), "service")).id}/revoke` })),
  "GET /api/integrations/webhooks": { allowed: administrators, success: 200, call: async () => ({ url: "/api/integrations/webhooks" }) },
  "GET /api/integrations/webhook-options": { allowed: administrators, success: 200, call: async () => ({ url: "/api/integrations/webhook-options" }) },
  "POST /api/integrations/webhooks": { allowed: administrators, success: 201, call: async () => ({ url: "/api/integrations/webhooks", body: { name: "Council system", url: "https://partner.example.org/hooks", events: ["case.closed"], partnerId: null, identityFields: [] } }) },
  "PATCH /api/integrations/webhooks/:webhookId": onRecord(200, async (world, home) => ({ url: `/api/integrations/webhooks/${(await webhookOf(world, organisationOf(world, home))).id}`, body: { isActive: false } })),
  "GET /api/integrations/webhooks/:webhookId/deliveries": onRecord(200, async (world, home) => ({ url: `/api/integrations/webhooks/${(await webhookOf(world, organisationOf(world, home))).id}/deliveries` })),
  "POST /api/integrations/webhooks/:webhookId/deliveries/:deliveryId/redeliver": onRecord(200, async (world, home) => {
    const { webhookId, deliveryId } = await deliveryOf(world, organisationOf(world, home));
    return { url: `/api/integrations/webhooks/${webhookId}/deliveries/${deliveryId}/redeliver` };
  }),
};
