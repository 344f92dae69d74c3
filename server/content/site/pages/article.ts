/**
 * An article or a story: where it sits, its title and summary, when it was published, its topics,
 * its body (sanitised on save, shown as stored), and a way to get help. Shown in the reader's
 * language where it has been translated; otherwise in English (or its first language), saying so,
 * with the page's own words still in the reader's language.
 */
import { directionOf, languageNames } from "../../../../core/content/vocabulary.js";
import { fill, html, trustedHtml } from "../html.js";
import { pathIn, type PageSpec, type SiteContext } from "../layout.js";
import { versionFor, type LiveItem } from "../public-content.js";
import { longDate, referralFormPath } from "./parts.js";

export function articlePage(context: SiteContext, item: LiveItem, section: "articles" | "stories"): PageSpec | null {
  const version = versionFor(item, context.language);
  if (!version) return null;
  const { article, nav, topics, caseStudies } = context.words;
  const { language } = context;
  const isStory = section === "stories";
  const isOtherLanguage = version.language !== language;
  const published = item.firstPublishedAt;
  const updated = version.publishedAt > published ? version.publishedAt : null;
  const listPath = pathIn(language, `/${section}`);
  const body = html`<nav class="breadcrumb" aria-label="${article.breadcrumb}"><ol><li><a href="${pathIn(language, "")}">${nav.home}</a></li><li><a href="${listPath}">${isStory ? nav.caseStudies : nav.articles}</a></li></ol></nav>
${isOtherLanguage ? html`<p class="notice">${fill(article.notTranslated, { language: languageNames[language], fallback: languageNames[version.language] })}</p>` : ""}
<article${isOtherLanguage ? html` lang="${version.language}" dir="${directionOf(version.language)}"` : ""}>
<h1>${version.title}</h1>
<p class="lead">${version.summary}</p>
<p class="meta" lang="${language}" dir="${directionOf(language)}"><time datetime="${published.toISOString()}">${fill(article.published, { date: longDate(language, published) })}</time>${
    updated ? html` · <time datetime="${updated.toISOString()}">${fill(article.updated, { date: longDate(language, updated) })}</time>` : ""
  }</p>
${isStory ? html`<p class="notice" lang="${language}" dir="${directionOf(language)}">${caseStudies.notice}</p>` : ""}
<div class="body">${trustedHtml(version.bodyHtml)}</div>
</article>
${item.topics.length > 0 ? html`<nav class="tags" aria-label="${article.topicsLabel}"><ul class="topics">${item.topics.map((topic) => html`<li><a href="${pathIn(language, `/articles?topic=${topic}`)}">${topics[topic]}</a></li>`)}</ul></nav>` : ""}
<aside class="help-box" aria-labelledby="help-title"><h2 id="help-title">${article.helpTitle}</h2><p>${article.helpBody}</p>
<p class="actions"><a class="button" href="${pathIn(language, "/get-help")}">${article.helpLink}</a> <a class="button secondary" href="${referralFormPath(language, "self")}">${context.words.home.askForHelp}</a></p></aside>
<p><a href="${listPath}">${isStory ? article.backToStories : article.back}</a></p>`;
  return {
    title: version.title,
    description: version.summary,
    path: `/${section}/${item.slug}`,
    section: isStory ? "caseStudies" : "articles",
    languages: item.versions.map((candidate) => candidate.language),
    contentLanguage: version.language,
    ogType: "article",
    body,
  };
}
