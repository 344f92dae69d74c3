/**
 * Test helpers for programmes: an enrolment made through the same use case the app uses, and a
 * definition to import.
 */
import { randomUUID } from "node:crypto";
import { multilingualRecovery } from "../../core/programmes/built-in.js";
import type { ProgrammeDefinition } from "../../core/programmes/programme.js";
import type { TestOrganisation } from "../../test/factories.js";
import { actorFor } from "../clients/test-support.js";
import { inTransaction } from "../db/client.js";
import type { AppDeps } from "../http/context.js";
import { enrolClient } from "./enrol-client.js";

/** Enrols a case's client on a programme (by default the five-phase recovery programme), as a team manager at the case's site. */
export async function createTestEnrolment(
  deps: AppDeps,
  organisation: TestOrganisation,
  kase: { id: string; siteId: string },
  by: string,
  programmeKey = multilingualRecovery.key,
): Promise<string> {
  const site = organisation.siteIds[1] === kase.siteId ? 1 : 0;
  return inTransaction(deps.db, (tx) => enrolClient(tx, actorFor(by, organisation, "team_manager", site), kase.id, { programmeKey }, { vault: deps.vault, now: deps.now(), requestId: "test" }));
}

/** A small programme of the organisation's own under a fresh key. */
export const localProgramme = (overrides: Partial<ProgrammeDefinition> = {}): ProgrammeDefinition => ({
  key: `local_${randomUUID().slice(0, 8)}`,
  version: 1,
  title: "Family support circle",
  description: "Weekly circle for families, run with a partner mosque.",
  kind: "recovery",
  phases: [
    { id: "welcome", title: "Welcome", description: "", expectedWeeks: 2, criteria: [{ id: "met_family", label: "Met the family at home or at the mosque" }] },
    { id: "circle", title: "Circle", description: "", expectedWeeks: 6, criteria: [] },
  ],
  ...overrides,
});
