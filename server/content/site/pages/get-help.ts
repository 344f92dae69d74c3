/**
 * Get help: who the service is for, what happens after a referral, how information is kept, and
 * the way into the referral form (the web app's public form, opened in the reader's language).
 */
import { html } from "../html.js";
import { pathIn, type PageSpec, type SiteContext } from "../layout.js";
import { emergencyBox, referralFormPath } from "./parts.js";

export function getHelpPage(context: SiteContext, siteNames: readonly string[]): PageSpec {
  const help = context.words.shared.getHelp;
  const own = context.words.getHelp;
  const { language } = context;
  const body = html`<h1>${help.title}</h1><p class="lead">${help.intro}</p>
<section aria-labelledby="who"><h2 id="who">${help.whoTitle}</h2><ul>${Object.values(help.who).map((line) => html`<li>${line}</li>`)}</ul><p>${help.notSure}</p>
${siteNames.length > 0 ? html`<p>${help.sites}</p><ul class="inline-list">${siteNames.map((name) => html`<li dir="auto">${name}</li>`)}</ul>` : ""}</section>
<section class="ask" aria-labelledby="ask"><h2 id="ask">${help.startTitle}</h2>
<p class="actions"><a class="button" href="${referralFormPath(language, "self")}">${help.forMyself}</a> <a class="button secondary" href="${referralFormPath(language, "someone-else")}">${help.forSomeoneElse}</a></p>
<p>${help.formTime} ${own.formNote}</p></section>
<section aria-labelledby="next"><h2 id="next">${help.nextTitle}</h2><ol><li>${help.steps.form}</li><li>${help.steps.read}</li><li>${help.steps.contact}</li></ol></section>
<section aria-labelledby="private"><h2 id="private">${help.privateTitle}</h2><p>${help.privateBody}</p><p><a href="${pathIn(language, "/privacy")}">${own.privacyLink}</a></p></section>
<p>${help.alreadySent} <a href="/referral-status?lang=${language}">${help.checkStatus}</a></p>
${emergencyBox(context)}`;
  return { title: help.title, description: own.description, path: "/get-help", section: "getHelp", body };
}
