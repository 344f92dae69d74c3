/**
 * The article library: a search box and a topic filter (a plain GET form, so it works without
 * script), the topics as links, the matching articles newest first, and links to older and newer
 * pages. Articles not yet translated are listed in English (or their first language), marked so.
 */
import { contentTopics, type ContentTopic } from "../../../../core/content/vocabulary.js";
import { fill, html } from "../html.js";
import { pathIn, type PageSpec, type SiteContext } from "../layout.js";
import type { LiveItem } from "../public-content.js";
import { count, itemCard } from "./parts.js";

export interface LibraryQuery {
  topic?: ContentTopic | undefined;
  q?: string | undefined;
  page: number;
}

export const libraryPageSize = 20;

function queryString(query: LibraryQuery, page: number): string {
  const parts = [query.topic ? `topic=${query.topic}` : "", query.q ? `q=${encodeURIComponent(query.q)}` : "", page > 1 ? `page=${page}` : ""].filter(Boolean);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

export function libraryPage(context: SiteContext, query: LibraryQuery, result: { items: LiveItem[]; total: number }): PageSpec {
  const { library, topics } = context.words;
  const base = pathIn(context.language, "/articles");
  const pages = Math.max(1, Math.ceil(result.total / libraryPageSize));
  const body = html`<h1>${query.topic ? `${library.title}: ${topics[query.topic]}` : library.title}</h1><p class="lead">${library.description}</p>
<form class="search" method="get" action="${base}" role="search">
<p><label for="q">${library.searchLabel}</label> <input id="q" name="q" type="search" maxlength="100" value="${query.q ?? ""}"></p>
<p><label for="topic">${library.topicLabel}</label> <select id="topic" name="topic"><option value="">${library.allTopics}</option>${contentTopics.map((topic) =>
    html`<option value="${topic}"${query.topic === topic ? html` selected` : ""}>${topics[topic]}</option>`,
  )}</select></p>
<p><button type="submit">${library.searchButton}</button></p>
</form>
<ul class="topics" aria-label="${library.topicLabel}"><li><a href="${base}"${query.topic ? "" : html` aria-current="page"`}>${library.allTopics}</a></li>${contentTopics.map((topic) =>
    html`<li><a href="${base}?topic=${topic}"${query.topic === topic ? html` aria-current="page"` : ""}>${topics[topic]}</a></li>`,
  )}</ul>
<p class="count">${fill(library.results, { count: count(context.language, result.total) })}</p>
${result.items.length > 0 ? html`<ul class="cards">${result.items.map((item) => itemCard(context, item, "articles"))}</ul>` : html`<p>${library.noResults}</p>`}
${pages > 1 ? html`<nav class="pages" aria-label="${library.pages}"><ul>${query.page > 1 ? html`<li><a rel="prev" href="${base}${queryString(query, query.page - 1)}">${library.newer}</a></li>` : ""}${query.page < pages ? html`<li><a rel="next" href="${base}${queryString(query, query.page + 1)}">${library.older}</a></li>` : ""}</ul></nav>` : ""}`;
  const title = query.topic ? `${library.title}: ${topics[query.topic]}` : library.title;
  return { title, description: library.description, path: "/articles", query: queryString(query, query.page), section: "articles", body };
}
