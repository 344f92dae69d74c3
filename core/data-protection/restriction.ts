/**
 * Restriction of processing (UK GDPR Art 18): while it is in force the client's record is only
 * stored — it can be read where someone needs to, but nothing about the person is changed or added,
 * and it is kept out of everyday lists and searches. Named "processing restricted" throughout, as
 * "restricted" already means a case open only to named staff.
 *
 * The grounds are Art 18(1)(a)–(d): the person contests the accuracy of the data (for the time it
 * takes to check), the processing is unlawful but they want restriction rather than erasure, the
 * organisation no longer needs the data but they need it for a legal claim, or they have objected
 * (Art 21(1)) and the organisation's grounds are being weighed.
 */
export const restrictionGrounds = ["accuracy_contested", "unlawful_processing", "needed_for_legal_claim", "objection_pending"] as const;
export type RestrictionGround = (typeof restrictionGrounds)[number];

/**
 * What may be done with a client's record, for pages that show it: `live`; `erased` (their details
 * are gone, the page shows "erased" in their place); `processing_restricted` (read-only, with a banner).
 */
export const clientRecordStates = ["live", "erased", "processing_restricted"] as const;
export type ClientRecordState = (typeof clientRecordStates)[number];
