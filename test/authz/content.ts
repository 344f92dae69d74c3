/**
 * Declared expectations for the public site's content as staff work on it: articles and image
 * uploads are for content editors; the organisation's public details are read by administrators
 * and content editors and changed by administrators. Another organisation's article is "not found".
 * Case studies belong to a case: its site's caseload writes them (managers review), and anyone who
 * does not see the case is told they do not exist.
 */
import { createTestArticle, createTestCaseStudy } from "../../server/content/test-support.js";
import { caseload, notFoundFor } from "./role-sets.js";
import type { Call, EndpointExpectation, World } from "./types.js";

const editors = ["content_editor"] as const;

const articleOf = (world: World, home: boolean, status: "draft" | "in_review" = "draft") =>
  createTestArticle(world.deps.db, world.deps.vault, home ? world.home : world.other, status);

const versions = [{ language: "en", title: "Hepatitis", summary: "An introduction.", bodyHtml: "<p>Hepatitis is inflammation of the liver.</p>" }];
// A one-pixel PNG.
const pixel = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";

export const contentExpectations: Record<string, EndpointExpectation> = {
  "GET /api/content/articles": { allowed: editors, success: 200, call: async () => ({ url: "/api/content/articles" }) },
  "POST /api/content/articles": { allowed: editors, success: 201, call: async () => ({ url: "/api/content/articles", body: { topics: ["drugs"], versions } }) },
  "GET /api/content/articles/:id": {
    allowed: editors,
    success: 200,
    call: async (world) => ({ url: `/api/content/articles/${(await articleOf(world, true)).id}` }),
    unseen: async (world) => ({ url: `/api/content/articles/${(await articleOf(world, false)).id}` }),
    unseenFor: editors,
  },
  "PUT /api/content/articles/:id": {
    allowed: editors,
    success: 200,
    call: async (world) => {
      const article = await articleOf(world, true);
      return { url: `/api/content/articles/${article.id}`, body: { version: article.version, slug: article.slug, topics: ["alcohol"], versions } };
    },
    unseen: async (world) => {
      const article = await articleOf(world, false);
      return { url: `/api/content/articles/${article.id}`, body: { version: article.version, slug: article.slug, topics: ["alcohol"], versions } };
    },
    unseenFor: editors,
  },
  "POST /api/content/articles/:id/:action": {
    allowed: editors,
    success: 200,
    // Returned with a note by an editor who wrote none of it.
    call: async (world) => {
      const article = await articleOf(world, true, "in_review");
      return { url: `/api/content/articles/${article.id}/return`, body: { version: article.version, note: "Please cite the NHS page." } };
    },
    unseen: async (world) => {
      const article = await articleOf(world, false, "in_review");
      return { url: `/api/content/articles/${article.id}/return`, body: { version: article.version, note: "Please cite the NHS page." } };
    },
    unseenFor: editors,
  },
  "POST /api/content/images": { allowed: editors, success: 201, call: async () => ({ url: "/api/content/images", body: { dataBase64: pixel } }) },
  "GET /api/content/site-settings": { allowed: ["administrator", "content_editor"], success: 200, call: async () => ({ url: "/api/content/site-settings" }) },
  "PUT /api/content/site-settings": {
    allowed: ["administrator"],
    success: 200,
    call: async () => ({
      url: "/api/content/site-settings",
      body: { publicName: "", contactEmail: "hello@example.org", contactPhone: "", postalAddress: "", charityNumber: "", icoRegistration: "", dpoEmail: "", recordsKeptYears: 6 },
    }),
  },
};

const storyOf = (world: World, home: boolean) => createTestCaseStudy(world.deps, home ? world.home : world.other);
const caseOf = async (world: World, home: boolean) => (await storyOf(world, home)).caseId;
const storyVersions = [{ language: "en", title: "A new start", summary: "A family found help.", bodyHtml: "<p>They found help.</p>" }];

/** Case studies live inside the case scope: those who do not see the case are told it does not exist. */
function onCase(success: number, build: (world: World, home: boolean) => Promise<Call>): EndpointExpectation {
  return { allowed: caseload, success, statusFor: notFoundFor(caseload), call: (world) => build(world, true), unseen: (world) => build(world, false), unseenFor: caseload };
}

export const caseStudyExpectations: Record<string, EndpointExpectation> = {
  "GET /api/cases/:caseId/case-studies": onCase(200, async (world, home) => ({ url: `/api/cases/${await caseOf(world, home)}/case-studies` })),
  "POST /api/cases/:caseId/case-studies": onCase(201, async (world, home) => ({ url: `/api/cases/${await caseOf(world, home)}/case-studies`, body: { topics: [], versions: storyVersions } })),
  "POST /api/cases/:caseId/case-study-check": onCase(200, async (world, home) => ({ url: `/api/cases/${await caseOf(world, home)}/case-study-check`, body: { versions: storyVersions } })),
  "GET /api/case-studies": { allowed: caseload, success: 200, call: async () => ({ url: "/api/case-studies?status=in_review" }) },
  "GET /api/case-studies/:id": onCase(200, async (world, home) => ({ url: `/api/case-studies/${(await storyOf(world, home)).id}` })),
  "PUT /api/case-studies/:id": onCase(200, async (world, home) => {
    const story = await storyOf(world, home);
    return { url: `/api/case-studies/${story.id}`, body: { version: story.version, slug: story.slug, topics: ["family"], versions: storyVersions } };
  }),
  "POST /api/case-studies/:id/:action": onCase(200, async (world, home) => {
    const story = await storyOf(world, home);
    // Sent for review by its site's caseload; the acknowledgement (for publishing) is ignored here.
    return { url: `/api/case-studies/${story.id}/submit`, body: { version: story.version, isIdentityCheckAcknowledged: false } };
  }),
};
