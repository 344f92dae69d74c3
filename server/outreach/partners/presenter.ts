/**
 * The fields of a partner that leave the server: in the directory (a line each) and on its page
 * (contacts and agreements, each agreement with its state today), with what the viewer may do.
 */
import type { PartnerSummary, PartnerView, SharingState } from "../../../core/api/outreach-partners.js";
import { agreementState, hasSharingAgreement, type AgreementState, type PartnerAgreement } from "../../../core/outreach/partners.js";
import type { PartnerPathway, PartnerType } from "../../../core/outreach/vocabulary.js";
import type { supportLanguages } from "../../../core/referrals/vocabulary.js";
import type { PartnerRow } from "./queries.js";

type Language = (typeof supportLanguages)[number];

/** Best first: one information-sharing agreement in force outweighs an older one that ended. */
const sharingPreference = ["in_force", "ending_soon", "not_yet_signed", "ended"] as const satisfies readonly AgreementState[];

/** The state of the partner's information-sharing agreement that matters today, or `none`. */
export function sharingStateOf(agreements: readonly PartnerAgreement[], today: string): SharingState {
  const states = agreements.filter((agreement) => agreement.kind === "information_sharing").map((agreement) => agreementState(agreement, today));
  return sharingPreference.find((state) => states.includes(state)) ?? "none";
}

export function presentPartnerSummary(partner: PartnerRow, lastSessionAt: Date | null, today: string): PartnerSummary {
  return {
    id: partner.id,
    name: partner.name,
    type: partner.type as PartnerType,
    postcode: partner.postcode,
    languages: partner.languages as Language[],
    pathways: partner.pathways as PartnerPathway[],
    sharingAgreement: sharingStateOf(partner.agreements, today),
    canShareInformation: hasSharingAgreement(partner.agreements, today),
    lastSessionAt: lastSessionAt?.toISOString() ?? null,
    isActive: partner.isActive,
  };
}

export function presentPartner(partner: PartnerRow, lastSessionAt: Date | null, today: string, abilities: { edit: boolean }): PartnerView {
  return {
    ...presentPartnerSummary(partner, lastSessionAt, today),
    siteId: partner.siteId,
    address: partner.address,
    contacts: partner.contacts,
    agreements: partner.agreements.map((agreement) => ({ ...agreement, state: agreementState(agreement, today) })),
    notes: partner.notes,
    updatedAt: partner.updatedAt.toISOString(),
    version: partner.version,
    abilities,
  };
}
