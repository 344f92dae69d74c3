/** The fields of a staff account that leave the server, with what the viewer may do to it. */
import type { z } from "zod";
import type { userSchema } from "../../core/api/admin.js";
import type { Role } from "../../core/roles.js";
import type { Actor } from "../http/context.js";
import {
  canDeactivateUser,
  canEditUser,
  canReactivateUser,
  canIssuePasswordReset,
  canReissueInvitation,
  canResetSecondFactor,
} from "./policy.js";
import type { GrantRow, UserRow } from "./queries.js";

export function presentUser(user: UserRow, grants: GrantRow[], actor: Actor): z.infer<typeof userSchema> {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    language: user.language === "ur" ? "ur" : "en",
    isActive: user.isActive,
    hasSecondFactor: user.totpEnabledAt !== null,
    hasAcceptedInvitation: user.passwordHash !== null,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    grants: grants
      .map((grant) => ({ role: grant.role as Role, siteId: grant.siteId }))
      .sort((a, b) => a.role.localeCompare(b.role) || String(a.siteId).localeCompare(String(b.siteId))),
    abilities: {
      edit: canEditUser(actor, user),
      deactivate: canDeactivateUser(actor, user),
      reactivate: canReactivateUser(actor, user),
      resetSecondFactor: canResetSecondFactor(actor, user),
      reissueInvitation: canReissueInvitation(actor, user),
      issuePasswordReset: canIssuePasswordReset(actor, user),
    },
  };
}
