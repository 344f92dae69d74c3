/** The home page: what the organisation does, the two ways in (get help, read), the latest articles and stories. */
import { contentTopics } from "../../../../core/content/vocabulary.js";
import { html } from "../html.js";
import { pathIn, type PageSpec, type SiteContext } from "../layout.js";
import type { LiveItem } from "../public-content.js";
import { emergencyBox, itemCard } from "./parts.js";

export function homePage(context: SiteContext, data: { latest: LiveItem[]; stories: LiveItem[] }): PageSpec {
  const { home, topics } = context.words;
  const at = (path: string) => pathIn(context.language, path);
  const body = html`<section class="hero"><h1>${home.title}</h1><p class="lead">${home.lead}</p>
<p class="actions"><a class="button" href="${at("/get-help")}">${home.askForHelp}</a> <a class="button secondary" href="${at("/articles")}">${home.readArticles}</a></p></section>
${data.latest.length > 0 ? html`<section aria-labelledby="latest"><h2 id="latest">${home.latestTitle}</h2><ul class="cards">${data.latest.map((item) => itemCard(context, item, "articles", 3))}</ul><p><a href="${at("/articles")}">${home.allArticles}</a></p></section>` : ""}
<section aria-labelledby="topics"><h2 id="topics">${home.topicsTitle}</h2><ul class="topics">${contentTopics.map((topic) => html`<li><a href="${at(`/articles?topic=${topic}`)}">${topics[topic]}</a></li>`)}</ul></section>
${data.stories.length > 0 ? html`<section aria-labelledby="stories"><h2 id="stories">${home.storiesTitle}</h2><ul class="cards">${data.stories.map((item) => itemCard(context, item, "stories", 3))}</ul><p><a href="${at("/stories")}">${home.allStories}</a></p></section>` : ""}
${emergencyBox(context)}`;
  return { title: home.title, description: home.description, path: "", section: "home", body };
}
