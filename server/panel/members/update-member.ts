/** Changes a seat on the panel (organisation, role, skills, vetting, term, active), with the version seen; audited by field name. */
import { eq } from "drizzle-orm";
import type { UpdateMemberBody } from "../../../core/api/panel.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { panelMembers } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError, notFound } from "../../http/errors.js";
import type { MemberWriteContext } from "./create-member.js";
import { canManageMembers, canReadMembers } from "./policy.js";
import { findMemberFor } from "./queries.js";
import { fieldsChangedFrom } from "../../db/fields-changed.js";

export async function updateMember(tx: Db, actor: Actor, memberId: string, input: UpdateMemberBody, context: MemberWriteContext): Promise<void> {
  const { member } = await findMemberFor(tx, actor, memberId, { forUpdate: true });
  if (!canReadMembers(actor, member.siteId)) throw notFound("Member");
  authorize(canManageMembers(actor, member.siteId), "Only the site's safeguarding lead manages its panel members.");
  if (member.version !== input.version) throw new AppError("conflict", "Someone else changed this member since you opened it. Reload and try again.");
  const next = {
    memberOrganisation: input.memberOrganisation,
    panelRole: input.panelRole,
    skills: input.skills,
    vettingCheckedOn: input.vetting?.checkedOn ?? null,
    vettingExpiresOn: input.vetting?.expiresOn ?? null,
    termFrom: input.term.from,
    termTo: input.term.to,
    isActive: input.isActive,
  };
  const changed = fieldsChangedFrom(next, member);
  await tx.update(panelMembers).set({ ...next, updatedAt: context.now, version: member.version + 1 }).where(eq(panelMembers.id, member.id));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "panel.member_updated",
    entityType: "panel_member",
    entityId: member.id,
    siteId: member.siteId,
    requestId: context.requestId,
    details: { changed },
  });
}
