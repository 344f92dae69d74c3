/** Declared expectations for referral endpoints. Referrals outside a person's caseload are not found (404). */
import { createTestReferral, samplePerson } from "../case-factories.js";
import { eq } from "drizzle-orm";
import { sites } from "../../server/db/schema.js";
import { issueFormToken } from "../../server/referrals/form-token.js";
import { publicOrganisation } from "../../server/referrals/public-organisation.js";
import type { EndpointExpectation, World } from "./types.js";
import { caseload, notFoundFor } from "./role-sets.js";

/** Everyone else cannot see a referral at all. */
const unseenByOthers = notFoundFor(caseload);

const referralAt = async (world: World, site: 0 | 1 = 0) => (await createTestReferral(world.deps, world.home, { site })).id;
const otherOrgReferral = async (world: World) => (await createTestReferral(world.deps, world.other)).id;

async function publicSite(world: World): Promise<string> {
  const organisation = await publicOrganisation(world.deps.db, world.deps.config);
  const [site] = await world.deps.db.select({ id: sites.id }).from(sites).where(eq(sites.organisationId, organisation.id)).limit(1);
  return site!.id;
}

export const referralExpectations: Record<string, EndpointExpectation> = {
  "GET /api/public/referral-form": { allowed: "public", success: 200, call: async () => ({ url: "/api/public/referral-form" }) },
  "POST /api/public/referrals": {
    allowed: "public",
    success: 201,
    call: async (world) => ({
      url: "/api/public/referrals",
      body: {
        siteId: await publicSite(world),
        sourceCode: "self",
        person: { givenName: "Sana", phone: "07700 900777" },
        reasons: ["mental_health"],
        concern: "I have been feeling low and using more than I want to.",
        urgency: "routine",
        isConsentGiven: true,
        // A form loaded ten seconds ago, as a person would have it.
        formToken: issueFormToken(world.deps.vault, new Date(world.deps.now().getTime() - 10_000)),
      },
    }),
  },
  "POST /api/public/referral-status": {
    allowed: "public",
    success: 200,
    call: async (world) => ({
      url: "/api/public/referral-status",
      body: { reference: (await createTestReferral(world.deps, world.home)).reference, contact: "07700900456" },
    }),
  },
  "GET /api/referrals": {
    allowed: caseload,
    success: 200,
    call: async (world) => ({ url: `/api/referrals?siteId=${world.home.siteIds[0]}` }),
    unseen: async (world) => ({ url: `/api/referrals?siteId=${world.other.siteIds[0]}` }),
  },
  "GET /api/referrals/summary": {
    allowed: caseload,
    success: 200,
    call: async (world) => {
      await referralAt(world);
      return { url: `/api/referrals/summary?siteId=${world.home.siteIds[0]}` };
    },
    unseen: async (world) => ({ url: `/api/referrals/summary?siteId=${world.other.siteIds[0]}` }),
  },
  "POST /api/referrals": {
    allowed: caseload,
    success: 201,
    call: async (world) => ({
      url: "/api/referrals",
      body: {
        siteId: world.home.siteIds[0],
        sourceCode: "school_college",
        person: samplePerson(),
        referrer: { name: "Head of Year", organisation: "Park View School", email: "pastoral@example.org" },
        reasons: ["online_harm"],
        concern: "Worrying messages from an adult met online.",
        urgency: "soon",
        isPersonAware: false,
        isReferrerConsentGiven: true,
      },
    }),
  },
  "GET /api/referrals/:referralId": {
    allowed: caseload,
    success: 200,
    statusFor: unseenByOthers,
    call: async (world) => ({ url: `/api/referrals/${await referralAt(world)}` }),
    unseen: async (world, role) => ({ url: `/api/referrals/${role === "administrator" ? await otherOrgReferral(world) : await referralAt(world, 1)}` }),
    unseenFor: ["administrator", ...caseload],
  },
  "POST /api/referrals/:referralId/reveal": {
    allowed: caseload,
    success: 200,
    statusFor: unseenByOthers,
    call: async (world) => ({ url: `/api/referrals/${await referralAt(world)}/reveal` }),
    unseen: async (world) => ({ url: `/api/referrals/${await referralAt(world, 1)}/reveal` }),
    unseenFor: caseload,
  },
  "POST /api/referrals/:referralId/triage": {
    allowed: caseload,
    success: 200,
    statusFor: unseenByOthers,
    call: async (world) => ({ url: `/api/referrals/${await referralAt(world)}/triage`, body: { decision: "accept", reason: "Needs support." } }),
    unseen: async (world) => ({ url: `/api/referrals/${await referralAt(world, 1)}/triage`, body: { decision: "accept", reason: "Needs support." } }),
    unseenFor: caseload,
  },
};
