/** The list of stories (case studies published with their client's consent). */
import { html } from "../html.js";
import type { PageSpec, SiteContext } from "../layout.js";
import type { LiveItem } from "../public-content.js";
import { itemCard } from "./parts.js";

export function storiesPage(context: SiteContext, items: LiveItem[]): PageSpec {
  const { caseStudies } = context.words;
  const body = html`<h1>${caseStudies.title}</h1><p class="lead">${caseStudies.intro}</p>
${items.length > 0 ? html`<ul class="cards">${items.map((item) => itemCard(context, item, "stories"))}</ul>` : html`<p>${caseStudies.none}</p>`}`;
  return { title: caseStudies.title, description: caseStudies.description, path: "/stories", section: "caseStudies", body };
}
