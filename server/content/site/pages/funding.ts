/** Funding transparency: each funder's disclosed grants (purpose, period, amount where that is disclosed too). */
import type { PublicFunding } from "../../../../core/api/funding.js";
import { fill, html } from "../html.js";
import type { PageSpec, SiteContext } from "../layout.js";
import { longDay, pounds } from "./parts.js";

export function fundingPage(context: SiteContext, funding: PublicFunding): PageSpec {
  const { funding: words } = context.words;
  const { language } = context;
  const body = html`<h1>${words.title}</h1><p class="lead">${words.intro}</p>
${funding.funders.length === 0 ? html`<p>${words.none}</p>` : funding.funders.map(
    (funder, index) => html`<section aria-labelledby="funder-${index}"><h2 id="funder-${index}" dir="auto">${funder.name}</h2>
<table><thead><tr><th scope="col">${words.purpose}</th><th scope="col">${words.period}</th><th scope="col">${words.amount}</th></tr></thead><tbody>${funder.grants.map(
      (grant) => html`<tr><td dir="auto">${grant.purpose}</td><td>${fill(words.fromTo, { from: longDay(language, grant.startsOn), to: longDay(language, grant.endsOn) })}</td><td>${grant.amountPence === null ? words.amountNotPublished : pounds(language, grant.amountPence)}</td></tr>`,
    )}</tbody></table></section>`,
  )}`;
  return { title: words.title, description: words.description, path: "/funding", section: "funding", body };
}
