/** The public site's own "not found" page, in the reader's language. */
import { html } from "../html.js";
import { pathIn, type PageSpec, type SiteContext } from "../layout.js";

export function notFoundPage(context: SiteContext, path: string): PageSpec {
  const { notFound } = context.words;
  const body = html`<h1>${notFound.title}</h1><p>${notFound.body}</p><p><a href="${pathIn(context.language, "")}">${notFound.home}</a></p>`;
  return { title: notFound.title, description: notFound.body, path, section: null, status: 404, body };
}
