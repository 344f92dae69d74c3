/**
 * The frame of every public page: the document's language and direction, title, description,
 * canonical and alternate-language links, Open Graph and social-card metadata; a skip link, the
 * quick-exit link (a tiny script adds the Escape-key shortcut and leaves without a Back entry), the
 * organisation's name, the main navigation, the language switcher (the same page in each
 * language), and a footer with the emergency numbers. One stylesheet and one small script, both
 * ours; no inline script or style, so the page's content security policy can forbid them.
 */
import { directionOf, languageNames, siteLanguages, type SiteLanguage } from "../../../core/content/vocabulary.js";
import { fill, html, type Html } from "./html.js";
import type { Words } from "./messages/index.js";

export interface SiteContext {
  language: SiteLanguage;
  words: Words;
  organisationName: string;
  publicUrl: string;
  assets: { css: string; js: string };
  charityNumber: string;
}

export type Section = "home" | "getHelp" | "articles" | "caseStudies" | "funding" | "contact" | "privacy" | null;

export interface PageSpec {
  title: string;
  description: string;
  /** The page's path after the language, e.g. `/articles/nitrous-oxide` ("" for home). */
  path: string;
  /** A query the language switcher keeps (the library's topic and search), e.g. `?topic=drugs`. */
  query?: string;
  section: Section;
  /** The languages this page has its own text in (alternate links); all six for the site's own pages. */
  languages?: readonly SiteLanguage[];
  /** The language the page's main text is in, when it is not the visitor's (an untranslated article). */
  contentLanguage?: SiteLanguage;
  ogType?: "website" | "article";
  status?: number;
  body: Html;
}

/** Where a page lives in a language, from the site's root. */
export const pathIn = (language: SiteLanguage, path: string): string => `/${language}${path || "/"}`;

const ogLocales: Record<SiteLanguage, string> = { en: "en_GB", ur: "ur_PK", pa: "pa_IN", bn: "bn_BD", ar: "ar_AR", pl: "pl_PL" };

const phoneTags: Record<string, string> = { call999: "999", call111: "111", callSamaritans: "116123" };

/** A catalogue message with `<call999>999</call999>`-style tags, the tags turned into phone links. */
export function withPhoneLinks(message: string): Html {
  const parts: Html[] = [];
  let rest = message;
  for (let match = /<(\w+)>(.*?)<\/\1>/.exec(rest); match; match = /<(\w+)>(.*?)<\/\1>/.exec(rest)) {
    parts.push(html`${rest.slice(0, match.index)}`);
    const number = phoneTags[match[1] ?? ""];
    parts.push(number ? html`<a href="tel:${number}" dir="ltr">${match[2] ?? ""}</a>` : html`${match[2] ?? ""}`);
    rest = rest.slice(match.index + match[0].length);
  }
  parts.push(html`${rest}`);
  return html`${parts}`;
}

function navigation(context: SiteContext, section: Section): Html {
  const { nav } = context.words;
  const link = (key: Exclude<Section, null | "privacy">, path: string) =>
    html`<li><a href="${pathIn(context.language, path)}"${section === key ? html` aria-current="page"` : ""}>${nav[key]}</a></li>`;
  return html`<nav class="main-nav" aria-label="${nav.label}"><ul>${[
    link("home", ""),
    link("getHelp", "/get-help"),
    link("articles", "/articles"),
    link("caseStudies", "/stories"),
    link("funding", "/funding"),
    link("contact", "/contact"),
  ]}</ul></nav>`;
}

function languageSwitcher(context: SiteContext, path: string, query = ""): Html {
  return html`<nav class="languages" aria-label="${context.words.languageLabel}"><ul>${siteLanguages.map((language) =>
    language === context.language
      ? html`<li><a href="${pathIn(language, path)}${query}" lang="${language}" hreflang="${language}" aria-current="true">${languageNames[language]}</a></li>`
      : html`<li><a href="${pathIn(language, path)}${query}" lang="${language}" hreflang="${language}">${languageNames[language]}</a></li>`,
  )}</ul></nav>`;
}

export function renderPage(context: SiteContext, spec: PageSpec): string {
  const { language, words } = context;
  const shared = words.shared;
  const alternates = spec.languages ?? siteLanguages;
  const canonicalLanguage = spec.contentLanguage ?? language;
  const absolute = (path: string) => `${context.publicUrl}${path}`;
  const title = spec.section === "home" ? `${context.organisationName}: ${spec.title}` : `${spec.title} | ${context.organisationName}`;
  const document = html`<!doctype html>
<html lang="${language}" dir="${directionOf(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${spec.description}">
<link rel="canonical" href="${absolute(pathIn(canonicalLanguage, spec.path))}">
${alternates.map((alternate) => html`<link rel="alternate" hreflang="${alternate}" href="${absolute(pathIn(alternate, spec.path))}">\n`)}<link rel="alternate" hreflang="x-default" href="${absolute(pathIn(alternates.includes("en") ? "en" : (alternates[0] ?? "en"), spec.path))}">
<meta property="og:site_name" content="${context.organisationName}">
<meta property="og:title" content="${spec.title}">
<meta property="og:description" content="${spec.description}">
<meta property="og:type" content="${spec.ogType ?? "website"}">
<meta property="og:url" content="${absolute(pathIn(canonicalLanguage, spec.path))}">
<meta property="og:locale" content="${ogLocales[language]}">
<meta name="twitter:card" content="summary">
<meta name="referrer" content="no-referrer">
<link rel="stylesheet" href="${context.assets.css}">
<script src="${context.assets.js}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">${shared.skipToContent}</a>
<div class="quick-exit" role="region" aria-labelledby="quick-exit-link"><a id="quick-exit-link" class="quick-exit-link" href="https://www.bbc.co.uk/weather" rel="noreferrer" data-quick-exit>${shared.quickExit.button}</a> <span class="quick-exit-hint">${shared.quickExit.hint}</span></div>
<header class="site-header"><div class="wrap">
<a class="brand" href="${pathIn(language, "")}" dir="auto">${context.organisationName}</a>
${languageSwitcher(context, spec.path, spec.query)}
${navigation(context, spec.section)}
</div></header>
<main id="main" tabindex="-1" class="wrap">
${spec.body}
</main>
<footer class="site-footer"><div class="wrap">
<p class="emergency-line">${withPhoneLinks(shared.footer.emergency)}</p>
<ul class="footer-links">
<li><a href="${pathIn(language, "/privacy")}">${words.footer.privacy}</a></li>
<li><a href="${pathIn(language, "/contact")}">${words.nav.contact}</a></li>
<li><a href="${pathIn(language, "/funding")}">${words.nav.funding}</a></li>
<li><a href="/sign-in" class="staff-link">${shared.footer.staffSignIn}</a></li>
</ul>
${context.charityNumber ? html`<p class="charity">${fill(words.footer.charity, { number: context.charityNumber })}</p>` : ""}
</div></footer>
</body>
</html>
`;
  return document.value;
}
