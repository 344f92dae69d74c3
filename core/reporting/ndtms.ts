/**
 * The national drug-treatment dataset style export (NDTMS, issue 9): the pseudonymous attributor,
 * the fields Pathways can fill, the organisation's settings (which fields, their column names and
 * order, and code mappings from Pathways' vocabularies to the national codes), and the CSV itself.
 * Pure: the server gathers each episode and its identity; nothing here reads a database or a clock.
 *
 * Source: `shared/reference/domain-facts.md` §3 (NDTMS). Field names and national code lists there
 * are marked unverified, and the national specification changes (Core Dataset O, P, then Q/R), so
 * every column name, the order and every code is configurable. The defaults below are a starting
 * point written in the reference's words (NHS letters for ethnicity), not the current reference
 * data: an organisation checks them against the reference-data document from OHID before use.
 *
 * Not exported because Pathways does not hold them: sexual orientation, accommodation need,
 * employment, parental status, pregnancy, injecting status, units, BBV interventions, TOPs.
 */
import { z } from "zod";
import { toCsv } from "../csv.js";
import { consentPurposes } from "../api/clients.js";
import { closureReasons } from "../cases/case-state-machine.js";
import { ethnicityCodes, religions, sexes } from "../clients/demographics.js";
import { foldLatin } from "../identity/fold-latin.js";
import { validDateOfBirth } from "../identity/match-keys.js";

// ───────────────────────────── the attributor ─────────────────────────────

export type Sex = (typeof sexes)[number];

/**
 * One initial for the attributor: the first letter of the name, upper-case, A–Z only.
 * - Anything before the first letter is skipped: an apostrophe (`'Abdullah` → A), a hyphen, a space,
 *   a digit. Particles are not dropped (`de la Cruz` → D, `al-Hassan` → A): the name as written.
 * - Latin letters with accents or strokes are folded (`Émile` → E, `Łukasz` → L, `Ørsted` → O).
 * - A name whose first letter is in another script (Arabic, Urdu, Bengali, Gurmukhi…) has no
 *   initial here: its Latin spelling varies (محمد is Mohammed, Muhammad, Mohamed), and a guessed
 *   initial would link the person to someone else's national record. Likewise no letter at all.
 * Null means unknown.
 */
export function attributorInitial(name: string | null | undefined): string | null {
  const folded = foldLatin((name ?? "").toLowerCase());
  const first = /\p{L}/u.exec(folded)?.[0];
  return first !== undefined && /^[a-z]$/.test(first) ? first.toUpperCase() : null;
}

export interface AttributorInput {
  givenName: string | null;
  familyName: string | null;
  /** `YYYY-MM-DD`, as the vault holds it. */
  dateOfBirth: string | null;
  sex: Sex;
}

/**
 * The attributor (`attrbdat`), 11 characters, from the public NDTMS linkage script (reference §3):
 * character 1 the first-name initial, character 2 the surname initial, characters 3–10 the date of
 * birth as `DDMMYYYY` (8 characters, so that character 11 falls where the reference puts sex), and
 * character 11 the sex, one character from `sexCodes`.
 *
 * When either initial or the date of birth is unknown the attributor is left empty rather than
 * guessed: a wrong attributor joins the person to a stranger's national record, while an empty one
 * is refused at upload and tells the team to complete the record. Sex "not stated" is an answer,
 * with its own code, so it does not empty the attributor.
 */
export function ndtmsAttributor(input: AttributorInput, sexCodes: Readonly<Record<Sex, string>>): string {
  const first = attributorInitial(input.givenName);
  const last = attributorInitial(input.familyName);
  const born = validDateOfBirth(input.dateOfBirth ?? undefined);
  if (first === null || last === null || born === null) return "";
  return `${first}${last}${born.slice(8, 10)}${born.slice(5, 7)}${born.slice(0, 4)}${sexCodes[input.sex]}`;
}

// ───────────────────────────── the field catalogue ─────────────────────────────

/** The substances Pathways records, from the Treatment Outcomes Profile's days of use (core/instruments/built-in/top.ts). */
export const ndtmsSubstances = ["alcohol", "opioids", "crack", "cocaine", "amphetamines", "cannabis", "other"] as const;
export type NdtmsSubstance = (typeof ndtmsSubstances)[number];

/** The Treatment Outcomes Profile's days-of-use scores, by substance. */
const topScoreOf: Readonly<Record<NdtmsSubstance, string>> = {
  alcohol: "alcohol_days_score",
  opioids: "opioid_days_score",
  crack: "crack_days_score",
  cocaine: "cocaine_days_score",
  amphetamines: "amphetamine_days_score",
  cannabis: "cannabis_days_score",
  other: "other_days_score",
};

/**
 * Substances 1–3 from a Treatment Outcomes Profile's scores: those used on at least one of the
 * last 28 days, most days first (ties in the list's order), at most three.
 */
export function ndtmsSubstancesFromTop(scores: readonly { id: string; value: number | null }[]): NdtmsSubstance[] {
  const days = (substance: NdtmsSubstance) => scores.find((score) => score.id === topScoreOf[substance])?.value ?? 0;
  return ndtmsSubstances
    .filter((substance) => days(substance) > 0)
    .sort((a, b) => days(b) - days(a))
    .slice(0, 3);
}

export const consentStates = ["given", "withdrawn", "not_recorded"] as const;
export type ConsentState = (typeof consentStates)[number];

/**
 * Every field the reference lists that Pathways can fill, with the default column name. The file
 * has one row per modality of each episode, the client and episode fields repeated on each (as a
 * flat national file has it); an episode with no modality yet is one row with the modality empty.
 */
export const ndtmsFields = {
  /** Our pseudonymous client reference (e.g. C-7KQ4-M2XD), never a name. */
  client_id: "CLIENT_ID",
  attributor: "ATTRIBUTOR",
  /** Our case reference: one episode of treatment at the site. */
  episode_id: "EPISODE_ID",
  /** From the sex recorded on the client (gender identity is free text and never leaves). */
  gender: "GENDER",
  ethnicity: "ETHNICITY",
  religion: "RELIGION",
  disability: "DISABILITY",
  /** From the postcode district, through the organisation's district → local authority table. */
  local_authority: "LOCAL_AUTHORITY",
  postcode_district: "POSTCODE_DISTRICT",
  referral_date: "REFERRAL_DATE",
  referral_source: "REFERRAL_SOURCE",
  triage_date: "TRIAGE_DATE",
  consent: "CONSENT",
  /** Substances 1–3: from the episode's first Treatment Outcomes Profile, most days of use first. */
  substance_1: "SUBSTANCE_1",
  substance_2: "SUBSTANCE_2",
  substance_3: "SUBSTANCE_3",
  /** An intervention type or programme mapped to a national modality (unmapped ones are not modalities). */
  modality: "MODALITY",
  modality_start: "MODALITY_START",
  modality_end: "MODALITY_END",
  discharge_date: "DISCHARGE_DATE",
  discharge_reason: "DISCHARGE_REASON",
} as const;
export type NdtmsField = keyof typeof ndtmsFields;
export const ndtmsFieldCodes = Object.keys(ndtmsFields) as [NdtmsField, ...NdtmsField[]];

// ───────────────────────────── settings ─────────────────────────────

export const ndtmsDateFormats = ["dd/mm/yyyy", "yyyy-mm-dd"] as const;

/** A column name: letters, digits, spaces, `_ . -`, starting with a letter (so never a formula). */
const columnNameSchema = z
  .string()
  .trim()
  .min(1, { message: "Required." })
  .max(64, { message: "At most 64 characters." })
  .regex(/^[A-Za-z][A-Za-z0-9 _.-]*$/, { message: "Start with a letter; use letters, digits, spaces, _ . or -." });
/** A national code, or empty to leave the cell empty. Never starting with = + - @, so never altered by the CSV's formula guard. */
const codeSchema = z
  .string()
  .trim()
  .max(40, { message: "At most 40 characters." })
  .regex(/^([A-Za-z0-9][A-Za-z0-9 _./()]*)?$/, { message: "Use letters, digits, spaces and _ . / ( ) only, starting with a letter or digit." });
/** Our own codes in an open vocabulary (referral sources, intervention types, programmes, postcode districts). */
const ownCodeSchema = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_ -]+$/, { message: "Not a code Pathways uses." });
const openTable = z.record(ownCodeSchema, codeSchema).refine((table) => Object.keys(table).length <= 500, { message: "At most 500 rows." });
const closedTable = <const K extends readonly [string, ...string[]]>(keys: K) => z.partialRecord(z.enum(keys), codeSchema);

const columnSchema = z.strictObject({ field: z.enum(ndtmsFieldCodes), name: columnNameSchema, isIncluded: z.boolean() });

/**
 * The columns in file order. Each field once; a field missing from a stored list (one added to
 * the catalogue since the settings were saved) is appended, left out of the file until chosen.
 */
const columnsSchema = z
  .array(columnSchema)
  .max(ndtmsFieldCodes.length)
  .superRefine((columns, context) => {
    const seenFields = new Set<string>();
    const seenNames = new Set<string>();
    columns.forEach((column, index) => {
      if (seenFields.has(column.field)) context.addIssue({ code: "custom", path: [index, "field"], message: "Each field appears once." });
      if (column.isIncluded && seenNames.has(column.name.toLowerCase())) context.addIssue({ code: "custom", path: [index, "name"], message: "Two columns cannot have the same name." });
      seenFields.add(column.field);
      if (column.isIncluded) seenNames.add(column.name.toLowerCase());
    });
    if (!columns.some((column) => column.isIncluded)) context.addIssue({ code: "custom", path: [], message: "Choose at least one field." });
  })
  .transform((columns) => [...columns, ...ndtmsFieldCodes.filter((field) => !columns.some((column) => column.field === field)).map((field) => ({ field, name: ndtmsFields[field], isIncluded: false }))]);

const attributorSexSchema = z.string().regex(/^[A-Z0-9]$/, { message: "One capital letter or digit." });

export const ndtmsSettingsSchema = z.strictObject({
  columns: columnsSchema,
  dateFormat: z.enum(ndtmsDateFormats),
  /**
   * The consent reported in the consent field: the client's latest consent for this purpose, and
   * for this partner organisation (null: consent recorded for the purpose with no partner named).
   */
  consentPurpose: z.enum(consentPurposes),
  consentPartner: z.string().trim().min(1, { message: "Required, or leave it out." }).max(150, { message: "At most 150 characters." }).nullable(),
  codes: z.strictObject({
    /** Character 11 of the attributor. */
    attributorSex: z.strictObject({ female: attributorSexSchema, male: attributorSexSchema, not_stated: attributorSexSchema }),
    gender: closedTable(sexes),
    ethnicity: closedTable(ethnicityCodes),
    religion: closedTable(religions),
    disability: closedTable(["yes", "no", "not_stated"]),
    consent: closedTable(consentStates),
    referralSource: openTable,
    substance: closedTable(ndtmsSubstances),
    /** Intervention types that are treatment modalities. */
    intervention: openTable,
    /** Programmes (by key) that are treatment modalities. */
    programme: openTable,
    dischargeReason: closedTable(closureReasons),
    /** Postcode district (e.g. B11) → local authority code. */
    localAuthority: openTable,
  }),
});
export type NdtmsSettings = z.output<typeof ndtmsSettingsSchema>;
export type NdtmsSettingsInput = z.input<typeof ndtmsSettingsSchema>;

/** The defaults: configurable because the national specification changes. Placeholders in the reference's words, unless said. */
export const defaultNdtmsSettings: NdtmsSettings = ndtmsSettingsSchema.parse({
  columns: ndtmsFieldCodes.map((field) => ({ field, name: ndtmsFields[field], isIncluded: true })),
  dateFormat: "dd/mm/yyyy",
  consentPurpose: "share_with_partner",
  consentPartner: "NDTMS",
  codes: {
    attributorSex: { female: "F", male: "M", not_stated: "U" },
    // NHS Data Dictionary person gender codes (1 male, 2 female, 9 not specified); unverified for NDTMS.
    gender: { female: "2", male: "1", not_stated: "9" },
    // NHS ethnic category letters (2001 Census groups); the ONS 2021 categories with no letter of their own fall in the "any other" letter of their group.
    ethnicity: {
      white_british: "A", white_irish: "B", white_gypsy_irish_traveller: "C", white_roma: "C", white_other: "C",
      mixed_white_black_caribbean: "D", mixed_white_black_african: "E", mixed_white_asian: "F", mixed_other: "G",
      asian_indian: "H", asian_pakistani: "J", asian_bangladeshi: "K", asian_other: "L", asian_chinese: "R",
      black_caribbean: "M", black_african: "N", black_other: "P", other_arab: "S", other_any: "S", not_stated: "Z",
    },
    religion: { none: "NONE", christian: "CHRISTIAN", buddhist: "BUDDHIST", hindu: "HINDU", jewish: "JEWISH", muslim: "MUSLIM", sikh: "SIKH", other: "OTHER", not_stated: "NOT_STATED" },
    disability: { yes: "Y", no: "N", not_stated: "Z" },
    consent: { given: "Y", withdrawn: "N", not_recorded: "" },
    // Reference §3: self, GP, arrest referral/probation/prison, social care, hospital, other provider…
    referralSource: {
      self: "SELF", family: "SELF", faith_leader: "OTHER", school_college: "OTHER", gp_health: "GP", police: "ARREST_REFERRAL",
      channel: "OTHER", council_social_care: "SOCIAL_CARE", probation: "PROBATION", other_organisation: "OTHER",
    },
    substance: { alcohol: "ALCOHOL", opioids: "OPIOIDS", crack: "CRACK", cocaine: "COCAINE", amphetamines: "AMPHETAMINES", cannabis: "CANNABIS", other: "OTHER" },
    // Reference §3: modalities are pharmacological, psychosocial or recovery support; Pathways delivers no pharmacological treatment.
    intervention: { cbt_cravings: "PSYCHOSOCIAL", family_work: "PSYCHOSOCIAL", one_to_one_mentoring: "RECOVERY_SUPPORT", lived_experience_mentoring: "RECOVERY_SUPPORT", harm_reduction: "RECOVERY_SUPPORT" },
    programme: { multilingual_recovery: "PSYCHOSOCIAL", faith_adapted_twelve_step: "RECOVERY_SUPPORT" },
    // Reference §3: completed, transferred, or incomplete (dropped out, declined, withdrawn, moved, died, not known).
    dischargeReason: {
      goals_achieved: "COMPLETED", support_completed: "COMPLETED", disengaged: "DROPPED_OUT", declined_further_support: "DECLINED",
      referred_on: "TRANSFERRED", moved_away: "MOVED", no_longer_appropriate: "WITHDRAWN", died: "DIED", other: "NOT_KNOWN",
    },
    localAuthority: {},
  },
});

/** The settings an organisation stored; `{}` (never saved) means the defaults. */
export function parseNdtmsSettings(stored: unknown): NdtmsSettings {
  if (stored === null || typeof stored !== "object" || Object.keys(stored).length === 0) return defaultNdtmsSettings;
  return ndtmsSettingsSchema.parse(stored);
}

// ───────────────────────────── rows ─────────────────────────────

/** A treatment modality: an intervention type delivered in sessions, or a programme enrolment. */
export interface NdtmsModality {
  kind: "intervention" | "programme";
  /** The intervention type's code or the programme's key. */
  code: string;
  /** `YYYY-MM-DD`. */
  start: string;
  end: string | null;
}

/** One episode (case) as the server gathered it, dates `YYYY-MM-DD` in London. */
export interface NdtmsEpisode {
  clientReference: string;
  episodeReference: string;
  identity: Omit<AttributorInput, "sex">;
  sex: Sex;
  ethnicity: string;
  religion: string;
  disability: string;
  postcodeDistrict: string | null;
  referralDate: string | null;
  referralSource: string | null;
  triageDate: string | null;
  consent: ConsentState;
  /** Most days of use first. */
  substances: readonly NdtmsSubstance[];
  modalities: readonly NdtmsModality[];
  dischargeDate: string | null;
  /** The case's closure reason. */
  dischargeReason: string | null;
}

const lookUp = (table: Readonly<Partial<Record<string, string>>>, code: string | null | undefined): string => (code ? (table[code] ?? "") : "");

function formatDate(day: string | null, format: NdtmsSettings["dateFormat"]): string {
  if (!day) return "";
  return format === "yyyy-mm-dd" ? day : `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

type Value = (episode: NdtmsEpisode, modality: NdtmsModality | null, settings: NdtmsSettings) => string;

const substance = (index: number): Value => (episode, _modality, { codes }) => lookUp(codes.substance, episode.substances[index]);

const values: Record<NdtmsField, Value> = {
  client_id: (episode) => episode.clientReference,
  // A client who withdrew consent to this sharing is still counted, but nothing that links the
  // record to them nationally leaves: no attributor, no postcode district.
  attributor: (episode, _modality, { codes }) => (episode.consent === "withdrawn" ? "" : ndtmsAttributor({ ...episode.identity, sex: episode.sex }, codes.attributorSex)),
  episode_id: (episode) => episode.episodeReference,
  gender: (episode, _modality, { codes }) => lookUp(codes.gender, episode.sex),
  ethnicity: (episode, _modality, { codes }) => lookUp(codes.ethnicity, episode.ethnicity),
  religion: (episode, _modality, { codes }) => lookUp(codes.religion, episode.religion),
  disability: (episode, _modality, { codes }) => lookUp(codes.disability, episode.disability),
  local_authority: (episode, _modality, { codes }) => lookUp(codes.localAuthority, episode.postcodeDistrict),
  postcode_district: (episode) => (episode.consent === "withdrawn" ? "" : (episode.postcodeDistrict ?? "")),
  referral_date: (episode, _modality, settings) => formatDate(episode.referralDate, settings.dateFormat),
  referral_source: (episode, _modality, { codes }) => lookUp(codes.referralSource, episode.referralSource),
  triage_date: (episode, _modality, settings) => formatDate(episode.triageDate, settings.dateFormat),
  consent: (episode, _modality, { codes }) => lookUp(codes.consent, episode.consent),
  substance_1: substance(0),
  substance_2: substance(1),
  substance_3: substance(2),
  modality: (_episode, modality, { codes }) => (modality ? lookUp(codes[modality.kind], modality.code) : ""),
  modality_start: (_episode, modality, settings) => formatDate(modality?.start ?? null, settings.dateFormat),
  modality_end: (_episode, modality, settings) => formatDate(modality?.end ?? null, settings.dateFormat),
  discharge_date: (episode, _modality, settings) => formatDate(episode.dischargeDate, settings.dateFormat),
  discharge_reason: (episode, _modality, { codes }) => lookUp(codes.dischargeReason, episode.dischargeReason),
};

/** The episode's modalities: those whose intervention type or programme maps to a national code, earliest first. */
export function mappedModalities(episode: NdtmsEpisode, settings: NdtmsSettings): NdtmsModality[] {
  return episode.modalities
    .filter((modality) => lookUp(settings.codes[modality.kind], modality.code) !== "")
    .sort((a, b) => a.start.localeCompare(b.start) || a.kind.localeCompare(b.kind) || a.code.localeCompare(b.code));
}

/** The header and rows of the file, in the settings' column order, included columns only. */
export function ndtmsTable(episodes: readonly NdtmsEpisode[], settings: NdtmsSettings): { header: string[]; rows: string[][] } {
  const columns = settings.columns.filter((column) => column.isIncluded);
  const rows = episodes.flatMap((episode) => {
    const modalities = mappedModalities(episode, settings);
    return (modalities.length > 0 ? modalities : [null]).map((modality) => columns.map((column) => values[column.field](episode, modality, settings)));
  });
  return { header: columns.map((column) => column.name), rows };
}

// ───────────────────────────── CSV ─────────────────────────────

/** The export file: the header, then one row per modality of each episode. */
export function ndtmsCsv(episodes: readonly NdtmsEpisode[], settings: NdtmsSettings): string {
  const { header, rows } = ndtmsTable(episodes, settings);
  return toCsv([header, ...rows]);
}
