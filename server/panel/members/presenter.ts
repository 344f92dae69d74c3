/** The fields of a panel member that leave the server, with whether they may see panel material now. */
import type { z } from "zod";
import type { memberSchema } from "../../../core/api/panel.js";
import { londonDay } from "../../../core/london-time.js";
import { vettingLapsesWithin, type PanelRole } from "../../../core/panel/membership.js";
import { panelMemberOf } from "../access/load-meeting.js";
import { memberBlockedBy } from "../access/panel-case-access.js";
import type { MemberWithAccount } from "./queries.js";

/** Vetting expiring within this many days is flagged, so the lead can book the renewal in time. */
const vettingWarningDays = 60;

export function presentMember({ member, account }: MemberWithAccount, now: Date): z.infer<typeof memberSchema> {
  const access = panelMemberOf(member);
  return {
    id: member.id,
    siteId: member.siteId,
    userId: member.userId,
    name: account.name,
    email: account.email,
    kind: access.kind,
    memberOrganisation: member.memberOrganisation,
    panelRole: member.panelRole as PanelRole,
    skills: member.skills,
    vetting: access.vetting,
    term: access.term,
    isActive: member.isActive,
    accessBlockedBy: memberBlockedBy(access, now),
    vettingDueSoon: vettingLapsesWithin(access.vetting, londonDay(now), vettingWarningDays),
    invitationPending: access.kind === "external" && !account.hasPassword,
    version: member.version,
  };
}
