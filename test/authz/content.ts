/**
 * Declared expectations for the public site's content as staff work on it: articles and image
 * uploads are for content editors; the organisation's public details are read by administrators
 * and content editors and changed by administrators. Another organisation's article is "not found".
 */
import { createTestArticle } from "../../server/content/test-support.js";
import type { EndpointExpectation, World } from "./types.js";

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
    // Published by an editor who wrote none of it.
    call: async (world) => {
      const article = await articleOf(world, true, "in_review");
      return { url: `/api/content/articles/${article.id}/publish`, body: { version: article.version } };
    },
    unseen: async (world) => {
      const article = await articleOf(world, false, "in_review");
      return { url: `/api/content/articles/${article.id}/publish`, body: { version: article.version } };
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
