/**
 * The sitemap (every public page in each language it exists in, with its alternates) and
 * robots.txt (the public site and the referral form are for search engines; the staff app and the
 * API are not).
 */
import { siteLanguages, type SiteLanguage } from "../../../core/content/vocabulary.js";
import type { Db } from "../../db/client.js";
import { escapeHtml } from "./html.js";
import { liveAddresses } from "./public-content.js";

const sitePages = ["", "/get-help", "/articles", "/stories", "/funding", "/contact", "/privacy"];

function entry(publicUrl: string, path: string, languages: readonly SiteLanguage[], lastModified?: Date): string {
  const alternates = languages.map((language) => `<xhtml:link rel="alternate" hreflang="${language}" href="${escapeHtml(`${publicUrl}/${language}${path || "/"}`)}"/>`).join("");
  return languages
    .map((language) => `<url><loc>${escapeHtml(`${publicUrl}/${language}${path || "/"}`)}</loc>${lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : ""}${alternates}</url>`)
    .join("\n");
}

export async function sitemapXml(db: Db, organisationId: string, publicUrl: string): Promise<string> {
  const items = await liveAddresses(db, organisationId);
  const urls = [
    ...sitePages.map((path) => entry(publicUrl, path, siteLanguages)),
    ...items.map((item) => entry(publicUrl, `/${item.kind === "article" ? "articles" : "stories"}/${item.slug}`, item.languages, item.lastPublishedAt)),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

export function robotsTxt(publicUrl: string): string {
  return [
    "User-agent: *",
    ...siteLanguages.map((language) => `Allow: /${language}/`),
    "Allow: /media/",
    "Allow: /site/",
    "Allow: /refer",
    "Allow: /get-help",
    "Disallow: /",
    "",
    `Sitemap: ${publicUrl}/sitemap.xml`,
    "",
  ].join("\n");
}
