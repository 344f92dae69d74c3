/**
 * The public site's content (issue 11; re-exported from schema.ts, which migrations are generated
 * from): articles and case studies with a version per language, their uploaded images, and the
 * organisation's public details. Each language version holds a working copy (what editors change)
 * and a live copy (what the public site shows), so a published page stays as it was while its next
 * revision is written and reviewed. A case study belongs to a case; it is shown only while its
 * client's case-study consent is current (server/content/case-studies).
 */
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { ContentTopic } from "../../core/content/vocabulary.js";
import { at, bytea, createdAt } from "./columns.js";
import { cases, organisations, users } from "./schema.js";

export const contentItems = pgTable(
  "content_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    /** `article` or `case_study`. */
    kind: text("kind").notNull(),
    slug: text("slug").notNull(),
    topics: jsonb("topics").$type<ContentTopic[]>().notNull().default([]),
    /** draft, in_review, published or archived (core/content/workflow.ts): the working copy's state. */
    status: text("status").notNull().default("draft"),
    /** The live copy is on the public site. */
    isLive: boolean("is_live").notNull().default(false),
    /** The case a case study is about; null for an article. */
    caseId: uuid("case_id").references(() => cases.id),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    /** Everyone who wrote the working copy since it was last published: none may review it. */
    contributorIds: jsonb("contributor_ids").$type<string[]>().notNull().default([]),
    reviewNote: text("review_note"),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
    /** The images the live copy shows: only these are served to the public (server/content/site/media.ts). */
    liveImageIds: jsonb("live_image_ids").$type<string[]>().notNull().default([]),
    firstPublishedAt: at("first_published_at"),
    lastPublishedAt: at("last_published_at"),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("content_items_slug_key").on(t.organisationId, t.kind, t.slug),
    index("content_items_org_idx").on(t.organisationId, t.kind, t.updatedAt),
    // The public site reads only live items.
    index("content_items_live_idx").on(t.organisationId, t.kind, t.lastPublishedAt).where(sql`${t.isLive}`),
    index("content_items_case_idx").on(t.caseId).where(sql`${t.caseId} is not null`),
    check("content_items_kind_check", sql`${t.kind} in ('article', 'case_study') and (${t.kind} = 'case_study') = (${t.caseId} is not null)`),
  ],
);

export const contentVersions = pgTable(
  "content_versions",
  {
    itemId: uuid("item_id")
      .notNull()
      .references(() => contentItems.id),
    organisationId: uuid("organisation_id").notNull(),
    language: text("language").notNull(),
    /** The working copy; null when this language is not (or no longer) in the working copy. */
    title: text("title"),
    summary: text("summary"),
    /** Sanitised HTML (server/content/sanitise-html.ts). */
    bodyHtml: text("body_html"),
    /** The live copy, shown on the public site while the item is live. */
    liveTitle: text("live_title"),
    liveSummary: text("live_summary"),
    liveBodyHtml: text("live_body_html"),
    /** The live copy as plain text, for the public search. */
    liveText: text("live_text"),
    livePublishedAt: at("live_published_at"),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.language] })],
);

/** Images uploaded for articles: resized and re-encoded as WebP, with every metadata block dropped. */
export const contentImages = pgTable(
  "content_images",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    uploadedBy: uuid("uploaded_by")
      .notNull()
      .references(() => users.id),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    bytes: bytea("bytes").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("content_images_org_idx").on(t.organisationId)],
);

/** The organisation's public details; one row per organisation, made on first save. */
export const siteSettings = pgTable("site_settings", {
  organisationId: uuid("organisation_id")
    .primaryKey()
    .references(() => organisations.id),
  publicName: text("public_name").notNull().default(""),
  contactEmail: text("contact_email").notNull().default(""),
  contactPhone: text("contact_phone").notNull().default(""),
  postalAddress: text("postal_address").notNull().default(""),
  charityNumber: text("charity_number").notNull().default(""),
  icoRegistration: text("ico_registration").notNull().default(""),
  dpoEmail: text("dpo_email").notNull().default(""),
  recordsKeptYears: integer("records_kept_years").notNull().default(6),
  updatedAt: at("updated_at").notNull().defaultNow(),
  updatedBy: uuid("updated_by").references(() => users.id),
});
