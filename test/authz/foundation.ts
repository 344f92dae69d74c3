/** Declared expectations for the foundation's endpoints: auth, sites, users (the audit trail's are in audit.ts). */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { roleFacts, roles } from "../../core/roles.js";
import { users } from "../../server/db/schema.js";
import { createUser, type TestOrganisation } from "../factories.js";
import type { EndpointExpectation, World } from "./types.js";

const administrators = ["administrator"] as const;
const siteScoped = roles.filter((role) => roleFacts[role].isSiteScoped);

async function targetUser(world: World, organisation: TestOrganisation, state: "active" | "inactive" | "enrolled" | "invited" = "active") {
  const user = await createUser(world.deps.db, world.deps.vault, organisation, {
    role: "caseworker",
    isEnrolled: state === "enrolled",
    isActive: state !== "inactive",
  });
  if (state === "invited") await world.deps.db.update(users).set({ passwordHash: null }).where(eq(users.id, user.id));
  return user.id;
}

export const foundationExpectations: Record<string, EndpointExpectation> = {
  "GET /api/auth/session": { allowed: "signed-in", success: 200, call: async () => ({ url: "/api/auth/session" }) },
  "POST /api/auth/sign-out": { allowed: "signed-in", success: 204, call: async () => ({ url: "/api/auth/sign-out" }) },
  "PATCH /api/auth/preferences": {
    allowed: "signed-in",
    success: 200,
    call: async () => ({ url: "/api/auth/preferences", body: { language: "ur" } }),
  },
  "POST /api/auth/password": {
    allowed: "signed-in",
    success: 204,
    call: async () => ({
      url: "/api/auth/password",
      body: { currentPassword: "correct horse battery staple", newPassword: `quiet meadow ${randomUUID().slice(0, 6)} river` },
    }),
  },
  // The second-factor routes act on the caller's own sign-in state; their rules are tested in
  // server/auth/sign-in.test.ts, and here only that they need a session.
  "POST /api/auth/second-factor/verify": { allowed: "signed-in", success: 409, call: async () => ({ url: "/api/auth/second-factor/verify", body: { code: "123456" } }) },
  "POST /api/auth/second-factor/enrolment": { allowed: "signed-in", success: 409, call: async () => ({ url: "/api/auth/second-factor/enrolment" }) },
  "POST /api/auth/second-factor/enrolment/confirm": {
    allowed: "signed-in",
    success: 409,
    call: async () => ({ url: "/api/auth/second-factor/enrolment/confirm", body: { code: "123456" } }),
  },
  // A new unknown email each time: five wrong tries would lock even an unknown one.
  "POST /api/auth/sign-in": { allowed: "public", success: 401, call: async () => ({ url: "/api/auth/sign-in", body: { email: `nobody-${randomUUID()}@example.org`, password: "x" } }) },
  "GET /api/auth/invitations/:token": { allowed: "public", success: 404, call: async () => ({ url: `/api/auth/invitations/${"a".repeat(43)}` }) },
  "POST /api/auth/invitations/:token/accept": {
    allowed: "public",
    success: 404,
    call: async () => ({ url: `/api/auth/invitations/${"a".repeat(43)}/accept`, body: { password: "quiet meadow silver river" } }),
  },
  // Answered alike whether or not the email has an account; what follows is tested in server/auth/password-reset.test.ts.
  "POST /api/auth/password-reset-requests": {
    allowed: "public",
    success: 202,
    call: async () => ({ url: "/api/auth/password-reset-requests", body: { email: "nobody@example.org" } }),
  },
  "GET /api/auth/password-resets/:token": { allowed: "public", success: 404, call: async () => ({ url: `/api/auth/password-resets/${"a".repeat(43)}` }) },
  "POST /api/auth/password-resets/:token": {
    allowed: "public",
    success: 404,
    call: async () => ({ url: `/api/auth/password-resets/${"a".repeat(43)}`, body: { password: "quiet meadow silver river" } }),
  },

  "GET /api/sites": { allowed: roles, success: 200, call: async () => ({ url: "/api/sites" }) },
  "POST /api/sites": {
    allowed: administrators,
    success: 201,
    call: async () => ({ url: "/api/sites", body: { name: `Site ${randomUUID().slice(0, 8)}` } }),
  },
  "PATCH /api/sites/:siteId": {
    allowed: administrators,
    success: 200,
    call: async (world) => ({ url: `/api/sites/${world.home.siteIds[0]}`, body: { name: `Renamed ${randomUUID().slice(0, 8)}` } }),
    // Site staff cannot see a site where they hold no role; nobody sees another organisation's.
    unseen: async (world, role) => ({
      url: `/api/sites/${siteScoped.includes(role) ? world.home.siteIds[1] : world.other.siteIds[0]}`,
      body: { name: "Nope" },
    }),
    unseenFor: roles,
  },
  // Those who allocate work at a site see who works there; nobody sees another site's or organisation's staff.
  "GET /api/sites/:siteId/staff": {
    allowed: ["team_manager", "safeguarding_lead"],
    success: 200,
    call: async (world) => ({ url: `/api/sites/${world.home.siteIds[0]}/staff` }),
    unseen: async (world, role) => ({ url: `/api/sites/${siteScoped.includes(role) ? world.home.siteIds[1] : world.other.siteIds[0]}/staff` }),
    unseenFor: roles,
  },

  "GET /api/users": { allowed: administrators, success: 200, call: async () => ({ url: "/api/users" }) },
  "POST /api/users": {
    allowed: administrators,
    success: 201,
    call: async (world) => ({
      url: "/api/users",
      body: { email: `new-${randomUUID()}@example.org`, displayName: "New Colleague", grants: [{ role: "mentor", siteId: world.home.siteIds[0] }] },
    }),
  },
  "GET /api/users/:userId": {
    allowed: administrators,
    success: 200,
    call: async (world) => ({ url: `/api/users/${await targetUser(world, world.home)}` }),
    unseen: async (world) => ({ url: `/api/users/${await targetUser(world, world.other)}` }),
  },
  "PUT /api/users/:userId/roles": {
    allowed: administrators,
    success: 200,
    call: async (world) => ({
      url: `/api/users/${await targetUser(world, world.home)}/roles`,
      body: { grants: [{ role: "team_manager", siteId: world.home.siteIds[1] }] },
    }),
    unseen: async (world) => ({ url: `/api/users/${await targetUser(world, world.other)}/roles`, body: { grants: [] } }),
  },
  "POST /api/users/:userId/deactivate": {
    allowed: administrators,
    success: 200,
    call: async (world) => ({ url: `/api/users/${await targetUser(world, world.home)}/deactivate` }),
    unseen: async (world) => ({ url: `/api/users/${await targetUser(world, world.other)}/deactivate` }),
  },
  "POST /api/users/:userId/reactivate": {
    allowed: administrators,
    success: 200,
    call: async (world) => ({ url: `/api/users/${await targetUser(world, world.home, "inactive")}/reactivate` }),
    unseen: async (world) => ({ url: `/api/users/${await targetUser(world, world.other, "inactive")}/reactivate` }),
  },
  "POST /api/users/:userId/second-factor/reset": {
    allowed: administrators,
    success: 200,
    call: async (world) => ({ url: `/api/users/${await targetUser(world, world.home, "enrolled")}/second-factor/reset` }),
    unseen: async (world) => ({ url: `/api/users/${await targetUser(world, world.other, "enrolled")}/second-factor/reset` }),
  },
  "POST /api/users/:userId/password-reset": {
    allowed: administrators,
    success: 201,
    call: async (world) => ({ url: `/api/users/${await targetUser(world, world.home)}/password-reset` }),
    unseen: async (world) => ({ url: `/api/users/${await targetUser(world, world.other)}/password-reset` }),
  },
  "POST /api/users/:userId/invitation": {
    allowed: administrators,
    success: 201,
    call: async (world) => ({ url: `/api/users/${await targetUser(world, world.home, "invited")}/invitation` }),
    unseen: async (world) => ({ url: `/api/users/${await targetUser(world, world.other, "invited")}/invitation` }),
  },
};
