/**
 * A site team for endpoint tests: a caseworker, a team manager and a mentor at the first site, each
 * signed in, each with a current DBS check so they can be allocated to cases.
 */
import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../server/http/context.js";
import { createUser, type TestOrganisation } from "./factories.js";
import { signInAs } from "./http.js";
import { createWorkerProfile } from "./worker-factories.js";

export async function signedInTeam(app: FastifyInstance, deps: AppDeps, organisation: TestOrganisation) {
  const caseworkerUser = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
  const managerUser = await createUser(deps.db, deps.vault, organisation, { role: "team_manager" });
  const mentorUser = await createUser(deps.db, deps.vault, organisation, { role: "mentor" });
  for (const user of [caseworkerUser, managerUser, mentorUser]) await createWorkerProfile(deps.db, organisation, user.id, deps.now());
  return {
    caseworkerUser,
    managerUser,
    mentorUser,
    caseworker: await signInAs(app, caseworkerUser, deps.now()),
    manager: await signInAs(app, managerUser, deps.now()),
    mentor: await signInAs(app, mentorUser, deps.now()),
  };
}
