/**
 * The items of a client's record that may be a third party's, offered to the data protection
 * officer to withhold before release: a relative's or contact's name and phone; a referrer's name
 * and contact (suggested whenever the referrer was not the person: the referral form records no
 * "do not name me" choice, so the officer asks or decides); the panel's texts, which can name other
 * people (suggested); and session notes, which are the person's own record but may mention others
 * (offered, not suggested); the outreach partner through which the person was met (an organisation:
 * offered) and the outreach session's notes, which are about everyone there (suggested). Each
 * comes with where it appears and its content, to judge it by.
 */
import type { ExportItem } from "../../../core/api/data-rights.js";
import type { SubjectAccessRecord, Withholdable, Withholding } from "../../../core/data-rights/export-record.js";

type Kind = ExportItem["kind"];

export function exportItemsOf(record: SubjectAccessRecord, withholdings: readonly Withholding[]): ExportItem[] {
  const reasons = new Map(withholdings.map((item) => [item.itemKey, item.reason]));
  const items: ExportItem[] = [];
  const offer = (found: Withholdable, kind: Kind, where: string, isSuggested: boolean) => {
    if (found.value === null || found.value === "") return;
    items.push({ itemKey: found.itemKey, kind, where, value: found.value, isSuggested, withheldFor: reasons.get(found.itemKey) ?? null });
  };
  for (const link of record.relationships) {
    offer(link.contactName, "relative_name", link.relation, true);
    offer(link.contactPhone, "relative_phone", link.relation, true);
  }
  for (const referral of record.referrals) {
    const isOwn = referral.source === "self";
    const where = `${referral.reference} · ${referral.receivedOn}`;
    offer(referral.referrer.name, "referrer_name", where, !isOwn);
    offer(referral.referrer.phone, "referrer_contact", where, !isOwn);
    offer(referral.referrer.email, "referrer_contact", where, !isOwn);
  }
  for (const followUp of record.outreachFollowUps) {
    const where = `${followUp.referralReference} · ${followUp.session?.heldOn ?? followUp.receivedOn}`;
    offer(followUp.partner, "outreach_partner", where, false);
    if (followUp.session) offer(followUp.session.notes, "outreach_note", where, true);
  }
  for (const kase of record.cases) {
    for (const escalation of kase.panel) {
      const where = `${kase.reference} · ${escalation.submittedOn}`;
      offer(escalation.reason, "panel_text", where, true);
      offer(escalation.riskSummary, "panel_text", where, true);
      if (escalation.decision) offer(escalation.decision.discussionSummary, "panel_text", `${kase.reference} · ${escalation.decision.decidedOn}`, true);
    }
    for (const action of kase.panelActions) offer(action.description, "panel_text", `${kase.reference} · ${action.dueOn}`, true);
    for (const referral of kase.externalReferrals) {
      offer(referral.declineReason, "panel_text", `${kase.reference} · ${referral.sentOn}`, true);
      offer(referral.outcome, "panel_text", `${kase.reference} · ${referral.sentOn}`, true);
    }
    for (const session of kase.sessions) offer(session.notes, "session_note", `${kase.reference} · ${session.startsAt.slice(0, 10)}`, false);
  }
  return items;
}
