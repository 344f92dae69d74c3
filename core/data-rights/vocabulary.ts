/**
 * The vocabulary of data-rights requests (UK GDPR Articles 15, 17 and 18): the kinds of request one
 * register holds, their statuses, who may make one, how the requester's identity was checked, and
 * the lawful grounds for an extension or a refusal. Codes only: nothing here describes a person.
 */

/** Access (Art 15), erasure (Art 17) and restriction of processing (Art 18). */
export const dataRightsKinds = ["access", "erasure", "restriction"] as const;
export type DataRightsKind = (typeof dataRightsKinds)[number];

/**
 * A request is open while received, in progress or on hold (an erasure waiting on a retention hold,
 * such as an open safeguarding concern); completed, refused and withdrawn close it.
 */
export const dataRightsStatuses = ["received", "in_progress", "on_hold", "completed", "refused", "withdrawn"] as const;
export type DataRightsStatus = (typeof dataRightsStatuses)[number];

export const openDataRightsStatuses = ["received", "in_progress", "on_hold"] as const satisfies readonly DataRightsStatus[];
export const closedDataRightsStatuses = ["completed", "refused", "withdrawn"] as const satisfies readonly DataRightsStatus[];

export const isOpenStatus = (status: DataRightsStatus): boolean => (openDataRightsStatuses as readonly DataRightsStatus[]).includes(status);

/** Who made the request: the person themself or someone acting for them. */
export const requesterRelations = ["self", "parent_or_guardian", "solicitor", "advocate", "other_representative"] as const;
export type RequesterRelation = (typeof requesterRelations)[number];

/** How the requester's identity (and a representative's authority) was confirmed. */
export const identityCheckMethods = [
  "photo_id_in_person",
  "documents_copied",
  "known_to_staff",
  "signed_authority_checked",
  "video_call",
] as const;
export type IdentityCheckMethod = (typeof identityCheckMethods)[number];

/**
 * The only two grounds on which the time to respond may be extended by two further months: the
 * request is complex, or the person has made a number of requests (UK GDPR Art 12(3); ICO, "What
 * should we consider when responding to a request?", https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/individual-rights/right-of-access/what-should-we-consider-when-responding-to-a-request/).
 */
export const extensionGrounds = ["complex", "several_requests"] as const;
export type ExtensionGround = (typeof extensionGrounds)[number];

/** Why a request was refused (in full): Art 12(5), an exemption, identity, or a hold on erasure. */
export const refusalReasons = [
  "manifestly_unfounded",
  "manifestly_excessive",
  "identity_not_confirmed",
  "exemption_applies",
  "legal_obligation",
  "legal_claims",
  "retention_hold",
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

/** Why an item is withheld from a subject access export. */
export const withholdingReasons = ["third_party", "referrer_confidentiality", "serious_harm", "legal_privilege"] as const;
export type WithholdingReason = (typeof withholdingReasons)[number];

/** What happened to a request, for its history. */
export const dataRightsEventKinds = [
  "logged",
  "matched",
  "identity_checked",
  "started",
  "held",
  "extended",
  "completed",
  "refused",
  "withdrawn",
  "released",
  "downloaded",
  "erased",
  "restricted",
  "restriction_lifted",
] as const;
export type DataRightsEventKind = (typeof dataRightsEventKinds)[number];
