/**
 * Declared expectations for workers. A site's workers and a worker's profile are for the managers
 * at the worker's sites and for administrators (anyone else signed in is refused, 403); another
 * organisation's site or worker, or a site the manager does not work at, is not found. Conflicts
 * of interest and matching follow the case: its site's managers may, a caseworker who sees it is
 * refused (403), everyone else is told it does not exist. The caseload dashboard is for the site's
 * managers only: administrators see no case figures.
 */
import type { Role } from "../../core/roles.js";
import { roleFacts, roles } from "../../core/roles.js";
import { workerConflicts } from "../../server/db/schema.js";
import { createTestCase } from "../case-factories.js";
import { createUser, type TestOrganisation } from "../factories.js";
import { createWorkerProfile } from "../worker-factories.js";
import { caseload, managers, notFoundFor, opener } from "./role-sets.js";
import type { EndpointExpectation, World } from "./types.js";

const siteScoped = roles.filter((role) => roleFacts[role].isSiteScoped);
const managersAndAdministrators: readonly Role[] = [...managers, "administrator"];

/** A mentor (with a current DBS check) at a site of the organisation. */
async function mentorAt(world: World, organisation: TestOrganisation = world.home, site: 0 | 1 = 0): Promise<string> {
  const { id } = await createUser(world.deps.db, world.deps.vault, organisation, { role: "mentor", site, isEnrolled: false });
  await createWorkerProfile(world.deps.db, organisation, id, world.deps.now());
  return id;
}

const caseAt = async (world: World, site: 0 | 1 = 0) => (await createTestCase(world.deps, world.home, await opener(world), { site })).kase;

/** A live conflict between a mentor and the client of a case at the site. */
async function conflictAt(world: World, site: 0 | 1) {
  const kase = await caseAt(world, site);
  const userId = await mentorAt(world, world.home, site);
  const [row] = await world.deps.db
    .insert(workerConflicts)
    .values({ organisationId: world.home.id, userId, clientId: kase.clientId, kind: "same_family", declaredBy: userId, declaredAt: world.deps.now() })
    .returning({ id: workerConflicts.id });
  return { url: `/api/cases/${kase.id}/conflicts/${row!.id}/withdraw` };
}

/** An endpoint on a case: its site's managers may; a caseworker there is refused; anyone else is told it does not exist. */
function onCase(path: string, options: { success?: number; body?: (world: World) => Promise<unknown> } = {}): EndpointExpectation {
  const build = async (world: World, site: 0 | 1) => ({
    url: `/api/cases/${(await caseAt(world, site)).id}${path}`,
    ...(options.body ? { body: await options.body(world) } : {}),
  });
  return { allowed: managers, success: options.success ?? 200, statusFor: notFoundFor(caseload), call: (world) => build(world, 0), unseen: (world) => build(world, 1), unseenFor: managers };
}

const profileBody = { gender: "female", languages: ["en", "ur"], specialisms: ["cbt"], maxCaseload: 12, vetting: { checkedOn: "2025-01-10", expiresOn: "2028-01-10", reference: "001234567890" }, version: 0 };

export const workerExpectations: Record<string, EndpointExpectation> = {
  "GET /api/workers": {
    allowed: managersAndAdministrators,
    success: 200,
    call: async (world) => ({ url: `/api/workers?siteId=${world.home.siteIds[0]}` }),
    unseen: async (world, role) => ({ url: `/api/workers?siteId=${siteScoped.includes(role) ? world.home.siteIds[1] : world.other.siteIds[0]}` }),
    unseenFor: managersAndAdministrators,
  },
  "GET /api/workers/:userId": {
    allowed: managersAndAdministrators,
    success: 200,
    call: async (world) => ({ url: `/api/workers/${await mentorAt(world)}` }),
    unseen: async (world) => ({ url: `/api/workers/${await mentorAt(world, world.other)}` }),
    unseenFor: managersAndAdministrators,
  },
  "PUT /api/workers/:userId": {
    allowed: managersAndAdministrators,
    success: 200,
    call: async (world) => ({ url: `/api/workers/${(await createUser(world.deps.db, world.deps.vault, world.home, { role: "mentor", isEnrolled: false })).id}`, body: profileBody }),
    unseen: async (world) => ({ url: `/api/workers/${(await createUser(world.deps.db, world.deps.vault, world.other, { role: "mentor", isEnrolled: false })).id}`, body: profileBody }),
    unseenFor: managersAndAdministrators,
  },
  "GET /api/cases/:caseId/conflicts": onCase("/conflicts"),
  "POST /api/cases/:caseId/conflicts": onCase("/conflicts", { success: 201, body: async (world) => ({ userId: await mentorAt(world), kind: "same_mosque_committee", note: "Both sit on the mosque committee." }) }),
  "POST /api/cases/:caseId/conflicts/:conflictId/withdraw": {
    allowed: managers,
    success: 200,
    statusFor: notFoundFor(caseload),
    call: (world) => conflictAt(world, 0),
    unseen: (world) => conflictAt(world, 1),
    unseenFor: managers,
  },
  "GET /api/cases/:caseId/worker-matches": onCase("/worker-matches"),
  "GET /api/sites/:siteId/caseload": {
    allowed: managers,
    success: 200,
    call: async (world) => ({ url: `/api/sites/${world.home.siteIds[0]}/caseload` }),
    unseen: async (world, role) => ({ url: `/api/sites/${siteScoped.includes(role) ? world.home.siteIds[1] : world.other.siteIds[0]}/caseload` }),
    unseenFor: [...managers, "administrator"],
  },
};
