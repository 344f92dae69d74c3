/** Pieces several public pages share: dates and money in the reader's language, item cards, the emergency box. */
import { directionOf, languageNames, type SiteLanguage } from "../../../../core/content/vocabulary.js";
import { fill, html, type Html } from "../html.js";
import { pathIn, withPhoneLinks, type SiteContext } from "../layout.js";
import { versionFor, type LiveItem } from "../public-content.js";

// Building an Intl formatter costs far more than using one: one of each per language, made once.
const formatters = <F>(make: (language: SiteLanguage) => F): ((language: SiteLanguage) => F) => {
  const made = new Map<SiteLanguage, F>();
  return (language) => made.get(language) ?? made.set(language, make(language)).get(language)!;
};
const londonDates = formatters((language) => new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "Europe/London" }));
const calendarDays = formatters((language) => new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }));
const money = formatters((language) => new Intl.NumberFormat(language, { style: "currency", currency: "GBP", maximumFractionDigits: 0 }));
const numbers = formatters((language) => new Intl.NumberFormat(language));

/** A date as the reader's language writes it, on the London calendar. */
export const longDate = (language: SiteLanguage, date: Date): string => londonDates(language).format(date);

/** A calendar day (`YYYY-MM-DD`) as the reader's language writes it. */
export const longDay = (language: SiteLanguage, day: string): string => calendarDays(language).format(new Date(`${day}T00:00:00Z`));

export const pounds = (language: SiteLanguage, pence: number): string => money(language).format(pence / 100);

/** A count as the reader's language writes its digits. */
export const count = (language: SiteLanguage, value: number): string => numbers(language).format(value);

/** `lang` and `dir` for text in another language than the page's, else nothing. */
export function languageAttributes(context: SiteContext, language: SiteLanguage): Html {
  return language === context.language ? html`` : html` lang="${language}" dir="${directionOf(language)}"`;
}

/** A list entry for an article or story: its title as a link, its summary, and its language when not the reader's. */
export function itemCard(context: SiteContext, item: LiveItem, section: "articles" | "stories", headingLevel: 2 | 3 = 2): Html {
  const version = versionFor(item, context.language);
  if (!version) return html``;
  const href = pathIn(context.language, `/${section}/${item.slug}`);
  const heading = headingLevel === 2 ? html`<h2><a href="${href}">${version.title}</a></h2>` : html`<h3><a href="${href}">${version.title}</a></h3>`;
  const other = version.language !== context.language;
  return html`<li class="card"${languageAttributes(context, version.language)}>${heading}<p>${version.summary}</p>${
    other ? html`<p class="card-language" lang="${context.language}" dir="${directionOf(context.language)}">${fill(context.words.library.inLanguage, { language: languageNames[version.language] })}</p>` : ""
  }</li>`;
}

/** Who to call now: shown wherever someone might be reading in a crisis. */
export function emergencyBox(context: SiteContext): Html {
  const emergency = context.words.shared.emergency;
  return html`<section class="emergency" aria-labelledby="emergency-title"><h2 id="emergency-title">${emergency.title}</h2>
<p>${withPhoneLinks(emergency.danger)}</p><p>${withPhoneLinks(emergency.mentalHealth)}</p><p>${withPhoneLinks(emergency.samaritans)}</p></section>`;
}

/** The referral form (the web app's public form) in the reader's language. */
export const referralFormPath = (language: SiteLanguage, who: "self" | "someone-else"): string => `/refer?for=${who}&lang=${language}`;
