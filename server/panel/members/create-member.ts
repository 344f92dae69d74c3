/**
 * Gives someone a seat on a site's panel. A member of staff already holds an account with a role
 * at the site. An outside person (police, council, a school) gets a new account holding only the
 * panel member role at that site, so they see nothing but panel material and must set up a second
 * factor (core/roles.ts); the invitation link to set a password is answered once.
 */
import { and, eq } from "drizzle-orm";
import type { CreateMemberBody } from "../../../core/api/panel.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { panelMembers, roleGrants, users } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { inviteUser } from "../../users/invite-user.js";
import { canManageMembers } from "./policy.js";

export interface MemberWriteContext {
  publicUrl: string;
  now: Date;
  requestId: string;
}

const problem = (code: "unprocessable" | "conflict", path: string, message: string) => new AppError(code, message, { fields: [{ path, message }] });

/** An active account of the organisation holding a role at the site, or a 422 naming `userId`. */
async function staffAtSite(tx: Db, actor: Actor, userId: string, siteId: string): Promise<string> {
  const [found] = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(roleGrants, eq(roleGrants.userId, users.id))
    .where(and(eq(users.id, userId), eq(users.organisationId, actor.organisationId), eq(users.isActive, true), eq(roleGrants.siteId, siteId)))
    .limit(1);
  if (!found) throw problem("unprocessable", "body.userId", "Choose an active member of staff who works at this site.");
  return found.id;
}

export async function createMember(tx: Db, actor: Actor, input: CreateMemberBody, context: MemberWriteContext): Promise<{ memberId: string; invitationUrl: string | null }> {
  authorize(canManageMembers(actor, input.siteId), "Only the site's safeguarding lead manages its panel members.");
  let userId: string;
  let invitationUrl: string | null = null;
  if (input.kind === "internal") {
    userId = await staffAtSite(tx, actor, input.userId, input.siteId);
    const [seated] = await tx.select({ id: panelMembers.id }).from(panelMembers).where(and(eq(panelMembers.siteId, input.siteId), eq(panelMembers.userId, userId))).limit(1);
    if (seated) throw problem("conflict", "body.userId", "This person already sits on the site's panel.");
  } else {
    const invited = await inviteUser(tx, actor, { email: input.email.trim().toLowerCase(), displayName: input.displayName, grants: [{ role: "panel_member", siteId: input.siteId }] }, context);
    userId = invited.user.id;
    invitationUrl = invited.invitationUrl;
  }
  const [member] = await tx
    .insert(panelMembers)
    .values({
      organisationId: actor.organisationId,
      siteId: input.siteId,
      userId,
      kind: input.kind,
      memberOrganisation: input.memberOrganisation,
      panelRole: input.panelRole,
      skills: input.skills,
      vettingCheckedOn: input.vetting?.checkedOn ?? null,
      vettingExpiresOn: input.vetting?.expiresOn ?? null,
      termFrom: input.term.from,
      termTo: input.term.to,
      isActive: input.isActive,
      createdBy: actor.userId,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning({ id: panelMembers.id });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "panel.member_added",
    entityType: "panel_member",
    entityId: member!.id,
    siteId: input.siteId,
    requestId: context.requestId,
    details: { userId, kind: input.kind, panelRole: input.panelRole, hasVetting: input.vetting !== null },
  });
  return { memberId: member!.id, invitationUrl };
}
