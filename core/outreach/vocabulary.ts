/**
 * The words of community outreach: the kinds of partner organisation, the pathways a partner
 * uses, the kinds of outreach session, the topics covered, and the resources handed out.
 * Labels live in the web app's catalogues; these are the codes stored and reported.
 */
export const partnerTypes = ["mosque", "church_gurdwara_temple", "school", "college", "youth_service", "police", "council", "health", "other_charity"] as const;
export type PartnerType = (typeof partnerTypes)[number];

/** How a partner works with the organisation: refers people, hosts sessions, has staff trained. */
export const partnerPathways = ["can_refer", "hosts_sessions", "trained_staff"] as const;
export type PartnerPathway = (typeof partnerPathways)[number];

export const outreachSessionTypes = [
  "friday_mosque_presence",
  "workshop",
  "assembly",
  "parents_session",
  "youth_session",
  "stall",
  "cohesion_event",
  "online_session",
] as const;
export type OutreachSessionType = (typeof outreachSessionTypes)[number];

/** The cross-vulnerabilities outreach talks about, and the referral pathways themselves. */
export const outreachTopics = [
  "drugs",
  "alcohol",
  "gangs",
  "knife_crime",
  "grooming",
  "sexual_exploitation",
  "radicalisation",
  "online_safety",
  "mental_health",
  "referral_pathways",
] as const;
export type OutreachTopic = (typeof outreachTopics)[number];

/** Age bands for counting a crowd at a glance: coarser than a client's, and never about a named person. */
export const headcountAgeBands = ["under_11", "11_15", "16_17", "18_24", "25_44", "45_64", "65_plus"] as const;
export type HeadcountAgeBand = (typeof headcountAgeBands)[number];

export const headcountGenders = ["female", "male", "other", "not_known"] as const;
export type HeadcountGender = (typeof headcountGenders)[number];

/** Resources a site keeps in stock: kits, and leaflets in each community language. */
export const resourceKinds = ["drug_awareness_kit", "leaflet", "poster", "other"] as const;
export type ResourceKind = (typeof resourceKinds)[number];

/** The stock list a new site starts with; each site adds its own items. */
export const defaultStockItems: readonly { code: string; kind: ResourceKind; language: string | null }[] = [
  { code: "drug_awareness_kit", kind: "drug_awareness_kit", language: null },
  ...["en", "ur", "pa", "bn", "ar", "so", "pl"].map((language) => ({ code: `leaflet_${language}`, kind: "leaflet" as const, language })),
];
