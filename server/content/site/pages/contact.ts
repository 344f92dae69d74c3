/** Contact: the organisation's public details (from its settings), its local teams, and who to call in an emergency. */
import type { SiteSettings } from "../../../../core/api/content.js";
import { html } from "../html.js";
import { pathIn, type PageSpec, type SiteContext } from "../layout.js";
import { emergencyBox } from "./parts.js";

export function contactPage(context: SiteContext, settings: SiteSettings, siteNames: readonly string[]): PageSpec {
  const { contact } = context.words;
  const details = [
    settings.contactEmail ? html`<dt>${contact.email}</dt><dd><a href="mailto:${settings.contactEmail}" dir="ltr">${settings.contactEmail}</a></dd>` : "",
    settings.contactPhone ? html`<dt>${contact.phone}</dt><dd><a href="tel:${settings.contactPhone.replace(/[^\d+]/g, "")}" dir="ltr">${settings.contactPhone}</a></dd>` : "",
    settings.postalAddress ? html`<dt>${contact.address}</dt><dd dir="auto">${settings.postalAddress}</dd>` : "",
  ];
  const body = html`<h1>${contact.title}</h1><p class="lead">${contact.intro}</p>
<p class="actions"><a class="button" href="${pathIn(context.language, "/get-help")}">${contact.askForHelp}</a></p>
${details.some(Boolean) ? html`<dl class="details">${details}</dl>` : ""}
${siteNames.length > 0 ? html`<section aria-labelledby="teams"><h2 id="teams">${contact.teams}</h2><ul class="inline-list">${siteNames.map((name) => html`<li dir="auto">${name}</li>`)}</ul></section>` : ""}
${emergencyBox(context)}`;
  return { title: contact.title, description: contact.description, path: "/contact", section: "contact", body };
}
