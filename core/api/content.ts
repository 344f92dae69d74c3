/**
 * Request and response shapes for the public site's content: articles with a version per language,
 * case studies written from a case, the editorial workflow, images, and the organisation's public
 * details (contact, privacy notice). Body HTML is sanitised by the server on save; what these
 * schemas accept is bounded in size, never trusted in content.
 */
import { z } from "zod";
import { contentActions, contentStatuses } from "../content/workflow.js";
import { contentKinds, contentTopics, siteLanguages, slugPattern } from "../content/vocabulary.js";
import { displayTextSchema, idSchema, pageOf } from "./common.js";

export const siteLanguageSchema = z.enum(siteLanguages);
export const contentTopicSchema = z.enum(contentTopics);
export const contentStatusSchema = z.enum(contentStatuses);

export const slugSchema = z
  .string()
  .trim()
  .min(3, { message: "At least 3 characters." })
  .max(80, { message: "At most 80 characters." })
  .regex(slugPattern, { message: "Use lower-case letters and digits, words joined by hyphens (e.g. cannabis-and-young-people)." });

/** One language's working copy as the editor sends it; empty strings are allowed while drafting. */
export const contentVersionInputSchema = z.strictObject({
  language: siteLanguageSchema,
  title: z.string().normalize("NFC").trim().max(160, { message: "At most 160 characters." }),
  summary: z.string().normalize("NFC").trim().max(400, { message: "At most 400 characters." }),
  /** Rich text as HTML; sanitised to the allow-list on save. */
  bodyHtml: z.string().max(200_000, { message: "The text is too long (at most about 200,000 characters)." }),
});

const versionsSchema = z
  .array(contentVersionInputSchema)
  .max(siteLanguages.length)
  .refine((versions) => new Set(versions.map((version) => version.language)).size === versions.length, { message: "Each language once." });

export const createArticleBodySchema = z.strictObject({
  /** Left out, one is made from the English (or first) title. */
  slug: slugSchema.optional(),
  topics: z.array(contentTopicSchema).max(contentTopics.length).default([]),
  versions: versionsSchema.refine((versions) => versions.length > 0, { message: "Write at least one language." }),
});
export type CreateArticleBody = z.infer<typeof createArticleBodySchema>;

export const updateContentBodySchema = z.strictObject({
  /** The version the editor loaded; a stale one is refused (someone else saved first). */
  version: z.number().int().min(1),
  slug: slugSchema,
  topics: z.array(contentTopicSchema).max(contentTopics.length),
  /** Every language's working copy; a language left out is removed from the working copy. */
  versions: versionsSchema.refine((versions) => versions.length > 0, { message: "Write at least one language." }),
});
export type UpdateContentBody = z.infer<typeof updateContentBodySchema>;

export const contentActionParamsSchema = z.strictObject({ id: idSchema, action: z.enum(contentActions) });
export const contentIdParamsSchema = z.strictObject({ id: idSchema });

export const contentActionBodySchema = z.strictObject({
  version: z.number().int().min(1),
  /** The reviewer's note when returning an item to its writer. */
  note: displayTextSchema(1000).optional(),
  /** A case study with identity warnings is published only when the reviewer says they read them. */
  isIdentityCheckAcknowledged: z.boolean().optional(),
});
export type ContentActionBody = z.infer<typeof contentActionBodySchema>;

export const contentVersionSchema = z.object({
  language: siteLanguageSchema,
  title: z.string(),
  summary: z.string(),
  bodyHtml: z.string(),
  /** Whether this language is on the public site (its live copy). */
  isLive: z.boolean(),
});

export const contentAbilitiesSchema = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  return: z.boolean(),
  publish: z.boolean(),
  archive: z.boolean(),
  restore: z.boolean(),
});

/** A passage of a case study that matches its client's record, for the writer and reviewer to read. */
export const identityWarningSchema = z.object({
  language: siteLanguageSchema,
  field: z.enum(["title", "summary", "body"]),
  kind: z.enum(["name", "date_of_birth", "address", "postcode", "phone", "email", "place"]),
  /** The words of the writer's text that matched. */
  match: z.string(),
  /** The match with a little of the text around it. */
  excerpt: z.string(),
});
export type IdentityWarning = z.infer<typeof identityWarningSchema>;

export const contentItemSchema = z.object({
  id: idSchema,
  kind: z.enum(contentKinds),
  slug: z.string(),
  topics: z.array(contentTopicSchema),
  status: contentStatusSchema,
  /** The live copy is on the public site (published, or being revised after publication). */
  isLive: z.boolean(),
  version: z.number().int(),
  author: z.object({ id: idSchema, name: z.string() }),
  /** The people who wrote the working copy since it was last published: none of them may review it. */
  contributors: z.array(z.object({ id: idSchema, name: z.string() })),
  reviewNote: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  firstPublishedAt: z.iso.datetime().nullable(),
  lastPublishedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  versions: z.array(contentVersionSchema),
  /** The case a case study is about (null for an article). */
  caseId: idSchema.nullable(),
  caseReference: z.string().nullable(),
  /** A case study's working copy checked against its client's record (null for an article). */
  identityWarnings: z.array(identityWarningSchema).nullable(),
  /** Whether the client's case-study consent is current now (null for an article). */
  hasCurrentConsent: z.boolean().nullable(),
  can: contentAbilitiesSchema,
});
export type ContentItem = z.infer<typeof contentItemSchema>;

export const contentSummarySchema = z.object({
  id: idSchema,
  kind: z.enum(contentKinds),
  slug: z.string(),
  title: z.string(),
  languages: z.array(siteLanguageSchema),
  topics: z.array(contentTopicSchema),
  status: contentStatusSchema,
  isLive: z.boolean(),
  authorName: z.string(),
  caseReference: z.string().nullable(),
  updatedAt: z.iso.datetime(),
});
export type ContentSummary = z.infer<typeof contentSummarySchema>;

export const contentListQuerySchema = z.strictObject({
  status: contentStatusSchema.optional(),
  topic: contentTopicSchema.optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const contentPageSchema = pageOf(contentSummarySchema).extend({
  /** What the reader may start: a new article (content editors). */
  canCreate: z.boolean(),
});

/** An image as uploaded: base64 of a JPEG, PNG or WebP file, at most 8 MB before encoding. */
export const uploadImageBodySchema = z.strictObject({
  dataBase64: z
    .string()
    .max(11_200_000, { message: "The image is too large (at most 8 MB)." })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: "Send the file's bytes as base64." }),
});

export const uploadedImageSchema = z.object({
  id: idSchema,
  /** Where articles refer to it: the only image addresses their HTML may hold. */
  src: z.string(),
  width: z.number().int(),
  height: z.number().int(),
});

/** The organisation's public details: the contact page and the privacy notice are generated from them. */
export const siteSettingsSchema = z.object({
  /** The name the public knows the organisation by (blank: its registered name). */
  publicName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
  postalAddress: z.string(),
  charityNumber: z.string(),
  /** Registration with the Information Commissioner's Office. */
  icoRegistration: z.string(),
  /** How to reach the data protection officer. */
  dpoEmail: z.string(),
  /** How long case records are kept after a case closes, in years. */
  recordsKeptYears: z.number().int(),
  updatedAt: z.iso.datetime().nullable(),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

const optionalText = (max: number) => z.string().normalize("NFC").trim().max(max, { message: `At most ${max} characters.` });

export const updateSiteSettingsBodySchema = z.strictObject({
  publicName: optionalText(120),
  contactEmail: z.union([z.literal(""), z.email({ message: "Must be an email address." }).max(200)]),
  contactPhone: z.union([z.literal(""), z.string().trim().regex(/^\+?[0-9 ()-]{6,20}$/, { message: "Must be a phone number." })]),
  postalAddress: optionalText(300),
  charityNumber: optionalText(40),
  icoRegistration: optionalText(40),
  dpoEmail: z.union([z.literal(""), z.email({ message: "Must be an email address." }).max(200)]),
  recordsKeptYears: z.number().int().min(1).max(100),
});
export type UpdateSiteSettingsBody = z.infer<typeof updateSiteSettingsBodySchema>;

export const caseIdParamsSchema = z.strictObject({ caseId: idSchema });

/** A case's case studies, and whether the reader may start one. */
export const caseCaseStudiesSchema = z.object({
  items: z.array(contentSummarySchema),
  canCreate: z.boolean(),
  hasCurrentConsent: z.boolean(),
});

export const caseStudyCheckBodySchema = z.strictObject({ versions: versionsSchema });
export const caseStudyCheckSchema = z.object({ warnings: z.array(identityWarningSchema) });
