/**
 * The demo's public site: its public details, three awareness articles in English and Urdu
 * (published by one content editor after another wrote them), a fourth waiting for review, and the
 * demo case's story published with its client's case-study consent, so the public pages and the
 * editors' area have something to show on first start. Bodies pass the same sanitiser as any save.
 */
import type { Db } from "../db/client.js";
import { consents, contentItems, contentVersions, siteSettings } from "../db/schema.js";
import { demoArticleInReview, demoArticles, demoCaseStudy, type DemoText } from "./demo-texts.js";
import { plainTextOf, sanitiseBodyHtml } from "./sanitise-html.js";

interface DemoContentInput {
  organisationId: string;
  writerId: string;
  reviewerId: string;
  administratorId: string;
  /** The demo case whose story is told, its client, its caseworker and its manager. */
  caseStudy: { caseId: string; clientId: string; writerId: string; reviewerId: string };
  now: Date;
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

async function insertItem(tx: Db, input: DemoContentInput, text: DemoText, item: { kind: "article" | "case_study"; writerId: string; reviewerId: string | null; caseId?: string; publishedAt: Date | null }): Promise<void> {
  const isLive = item.publishedAt !== null;
  const [row] = await tx
    .insert(contentItems)
    .values({
      organisationId: input.organisationId,
      kind: item.kind,
      slug: text.slug,
      topics: text.topics,
      status: isLive ? "published" : "in_review",
      isLive,
      caseId: item.caseId ?? null,
      createdBy: item.writerId,
      contributorIds: isLive ? [] : [item.writerId],
      reviewedBy: item.reviewerId,
      firstPublishedAt: item.publishedAt,
      lastPublishedAt: item.publishedAt,
      createdAt: daysBefore(item.publishedAt ?? input.now, 3),
      updatedAt: item.publishedAt ?? input.now,
    })
    .returning({ id: contentItems.id });
  if (!row) throw new Error("demo content not created");
  await tx.insert(contentVersions).values(
    text.versions.map((version) => {
      const bodyHtml = sanitiseBodyHtml(version.bodyHtml, { allowImages: item.kind === "article" });
      const live = isLive
        ? { liveTitle: version.title, liveSummary: version.summary, liveBodyHtml: bodyHtml, liveText: [version.title, version.summary, plainTextOf(bodyHtml)].join("\n"), livePublishedAt: item.publishedAt }
        : {};
      return { itemId: row.id, organisationId: input.organisationId, language: version.language, title: version.title, summary: version.summary, bodyHtml, ...live, updatedAt: item.publishedAt ?? input.now };
    }),
  );
}

/** Seeds the demo's public site; returns how many articles and stories it published. */
export async function seedDemoContent(tx: Db, input: DemoContentInput): Promise<{ articles: number; stories: number }> {
  await tx.insert(siteSettings).values({
    organisationId: input.organisationId,
    publicName: "Pathways Community Trust",
    contactEmail: "hello@pathways.demo",
    contactPhone: "0121 496 0000",
    postalAddress: "Pathways Community Trust, 1 Example Street, Birmingham B1 1AA",
    charityNumber: "1234567",
    icoRegistration: "ZA000000",
    dpoEmail: "dpo@pathways.demo",
    recordsKeptYears: 6,
    updatedAt: input.now,
    updatedBy: input.administratorId,
  });
  for (const [index, text] of demoArticles.entries()) {
    await insertItem(tx, input, text, { kind: "article", writerId: input.writerId, reviewerId: input.reviewerId, publishedAt: daysBefore(input.now, 30 - index * 9) });
  }
  await insertItem(tx, input, demoArticleInReview, { kind: "article", writerId: input.writerId, reviewerId: null, publishedAt: null });
  // The story is published only because its client agreed in writing to a case study.
  await tx.insert(consents).values({ organisationId: input.organisationId, clientId: input.caseStudy.clientId, purpose: "case_study", status: "given", method: "written", recordedBy: input.caseStudy.writerId, recordedAt: daysBefore(input.now, 14) });
  await insertItem(tx, input, demoCaseStudy, { kind: "case_study", writerId: input.caseStudy.writerId, reviewerId: input.caseStudy.reviewerId, caseId: input.caseStudy.caseId, publishedAt: daysBefore(input.now, 7) });
  return { articles: demoArticles.length, stories: 1 };
}
