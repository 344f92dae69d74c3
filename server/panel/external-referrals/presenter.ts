/** Outgoing shape of an external referral: dates and codes, the outcome opened for staff who see the case. */
import type { ExternalReferralView } from "../../../core/api/panel.js";
import { referralTargets, type ExternalReferral, type ReferralRecipient, type ReferralStatus } from "../../../core/panel/decisions.js";
import type { externalReferrals } from "../../db/schema.js";
import type { SubjectKey } from "../../vault/subject-key.js";
import type { Vault } from "../../vault/vault.js";
import { panelFields } from "../fields.js";

export type ExternalReferralRow = typeof externalReferrals.$inferSelect;
const statuses = ["sent", "accepted", "declined", "closed"] as const;

/** The referral as the core's rules see it. The rules never read the decline reason or outcome, so they stay sealed. */
export function coreReferral(row: ExternalReferralRow): ExternalReferral {
  const to: ReferralRecipient = row.target === "other" ? { kind: "other", name: row.targetName ?? "" } : { kind: referralTargets.find((target) => target === row.target) as Exclude<ReferralRecipient["kind"], "other"> };
  const responded = row.respondedOn ?? row.sentOn;
  const status = ((): ReferralStatus => {
    switch (row.status) {
      case "accepted":
        return { state: "accepted", acceptedOn: responded };
      case "declined":
        return { state: "declined", declinedOn: responded, reason: "" };
      case "closed":
        return { state: "closed", closedOn: row.closedOn ?? responded, outcome: null, returnedToOrganisationOn: row.returnedToOrganisationOn };
      default:
        return { state: "sent" };
    }
  })();
  return { to, sentOn: row.sentOn, status };
}

export function presentExternalReferral(
  row: ExternalReferralRow,
  facts: { caseReference: string; outcome: string | null; declineReason: string | null; recordedByName: string | null; canUpdate: boolean },
): ExternalReferralView {
  const status = statuses.find((candidate) => candidate === row.status) ?? "sent";
  const target = referralTargets.find((candidate) => candidate === row.target) ?? "other";
  return {
    id: row.id,
    caseId: row.caseId,
    caseReference: facts.caseReference,
    decisionId: row.decisionId,
    target,
    targetName: row.targetName,
    sentOn: row.sentOn,
    status,
    respondedOn: row.respondedOn,
    closedOn: row.closedOn,
    declineReason: facts.declineReason,
    outcome: facts.outcome,
    returnedToOrganisationOn: row.returnedToOrganisationOn,
    recordedByName: facts.recordedByName,
    version: row.version,
    abilities: {
      accept: facts.canUpdate && status === "sent",
      decline: facts.canUpdate && status === "sent",
      close: facts.canUpdate && (status === "accepted" || status === "declined"),
    },
  };
}

/** The referral's sealed words (the decline reason, the outcome), opened with the client's key. */
export function openReferralTexts(vault: Vault, key: SubjectKey, row: Pick<ExternalReferralRow, "outcome" | "declineReason">): { outcome: string | null; declineReason: string | null } {
  return {
    outcome: row.outcome ? vault.decrypt(key, panelFields.referralOutcome, row.outcome) : null,
    declineReason: row.declineReason ? vault.decrypt(key, panelFields.referralDeclineReason, row.declineReason) : null,
  };
}
