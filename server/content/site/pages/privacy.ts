/**
 * The privacy notice, generated from the organisation's public details: who the controller is
 * (name, charity number, ICO registration), what is kept and why, who sees it, how long records are
 * kept (the organisation's setting), the reader's rights, this website's own behaviour, and how to
 * reach the data protection officer.
 */
import type { SiteSettings } from "../../../../core/api/content.js";
import { fill, html } from "../html.js";
import { pathIn, type PageSpec, type SiteContext } from "../layout.js";
import { count } from "./parts.js";

export function privacyPage(context: SiteContext, settings: SiteSettings): PageSpec {
  const { privacy } = context.words;
  const section = (id: string, title: string, ...paragraphs: string[]) =>
    html`<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}</section>`;
  const organisation = html`<strong dir="auto">${context.organisationName}</strong>`;
  const body = html`<h1>${privacy.title}</h1><p class="lead">${privacy.description}</p>
<section aria-labelledby="who"><h2 id="who">${privacy.whoTitle}</h2><p>${fill(privacy.who, { organisation })}</p>
${settings.charityNumber ? html`<p>${fill(privacy.charity, { number: settings.charityNumber })}</p>` : ""}
${settings.icoRegistration ? html`<p>${fill(privacy.ico, { number: settings.icoRegistration })}</p>` : ""}</section>
${section("what", privacy.whatTitle, privacy.what)}
${section("why", privacy.whyTitle, privacy.why)}
${section("sharing", privacy.sharingTitle, privacy.sharing)}
<section aria-labelledby="keep"><h2 id="keep">${privacy.keepTitle}</h2><p>${fill(privacy.keep, { years: count(context.language, settings.recordsKeptYears) })}</p></section>
${section("rights", privacy.rightsTitle, privacy.rights, privacy.complain)}
${section("site", privacy.siteTitle, privacy.site)}
<section aria-labelledby="questions"><h2 id="questions">${privacy.contactTitle}</h2><p>${
    settings.dpoEmail ? fill(privacy.dpo, { email: html`<a href="mailto:${settings.dpoEmail}" dir="ltr">${settings.dpoEmail}</a>` }) : html`<a href="${pathIn(context.language, "/contact")}">${privacy.noDpo}</a>`
  }</p></section>`;
  return { title: privacy.title, description: privacy.description, path: "/privacy", section: "privacy", body };
}
