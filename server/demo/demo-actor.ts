/** Someone from the demo staff acting through a use case, as a signed-in request would. */
import type { RoleGrant } from "../../core/roles.js";
import type { Actor } from "../http/context.js";

export interface DemoPerson {
  userId: string;
  displayName: string;
  grants: RoleGrant[];
}

export function actorOf(organisationId: string, person: DemoPerson): Actor {
  return {
    userId: person.userId,
    organisationId,
    organisationName: "",
    email: "",
    displayName: person.displayName,
    language: "en",
    isSecondFactorEnrolled: true,
    grants: person.grants,
    session: { tokenHash: "", mfaState: "complete", csrfToken: "", idleMinutes: 30 },
  };
}
