/**
 * The allow-list every article and case-study body passes on save, so only this reaches a public
 * page: headings (h2–h4; the page's title is its h1), paragraphs, line breaks, lists, emphasis,
 * block quotes, links with safe schemes, and images we host (`/media/<id>.webp`). Everything else
 * goes: scripts and styles with their content, event-handler and style attributes, `javascript:`
 * and `data:` addresses, SVG and MathML (and what is inside them), frames, forms. Text is kept,
 * escaped. The public pages also send a content security policy with no inline script, as a second
 * wall behind this one.
 */
import sanitizeHtml from "sanitize-html";

export const mediaSrcPattern = /^\/media\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.webp$/;

const directions = ["ltr", "rtl", "auto"];

function optionsFor(allowImages: boolean): sanitizeHtml.IOptions {
  return {
    allowedTags: ["h2", "h3", "h4", "p", "br", "ul", "ol", "li", "strong", "em", "blockquote", "a", ...(allowImages ? ["img"] : [])],
    allowedAttributes: {
      a: ["href"],
      img: ["src", "alt", "width", "height"],
      // Mixed-direction text (an English name in an Urdu paragraph) needs a paragraph's own direction.
      p: ["dir"],
      li: ["dir"],
      blockquote: ["dir"],
      h2: ["dir"],
      h3: ["dir"],
      h4: ["dir"],
    },
    allowedSchemes: ["https", "http", "mailto", "tel"],
    allowedSchemesByTag: { img: [] },
    allowedSchemesAppliedToAttributes: ["href", "src"],
    allowProtocolRelative: false,
    // Their content is not text a reader should see: dropped whole, not unwrapped.
    nonTextTags: ["script", "style", "textarea", "option", "noscript", "svg", "math", "template", "iframe", "object", "title", "head"],
    transformTags: {
      h1: "h2",
      h5: "h4",
      h6: "h4",
      b: "strong",
      i: "em",
      div: "p",
    },
    exclusiveFilter: (frame) => {
      if (frame.tag === "img") return !mediaSrcPattern.test(frame.attribs.src ?? "");
      return false;
    },
    allowedClasses: {},
    allowedStyles: {},
    enforceHtmlBoundary: false,
    parser: { lowerCaseTags: true, lowerCaseAttributeNames: true },
  };
}

/**
 * Tidies what the allow-list let through: a known direction, whole-number sizes, an alt text; a link
 * whose address was refused becomes a span, which the last pass unwraps, keeping its words.
 */
function tidyAttributes(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    // Its input has passed the allow-list already; this pass only rewrites attributes.
    allowVulnerableTags: true,
    transformTags: {
      "*": (tagName, attribs) => {
        const kept: Record<string, string> = {};
        for (const [name, value] of Object.entries(attribs)) {
          if (name === "dir" && !directions.includes(value)) continue;
          if ((name === "width" || name === "height") && !/^\d{1,4}$/.test(value)) continue;
          kept[name] = value;
        }
        // An image without alt text is read out by its address; an empty alt marks it as decoration.
        if (tagName === "img" && kept.alt === undefined) kept.alt = "";
        if (tagName === "a" && !kept.href) return { tagName: "span", attribs: {} };
        return { tagName, attribs: kept };
      },
    },
  });
}

/** The body as it may be stored and shown: allow-listed, escaped, trimmed. Case studies take no images. */
export function sanitiseBodyHtml(html: string, options: { allowImages: boolean } = { allowImages: true }): string {
  const allowList = optionsFor(options.allowImages);
  return sanitizeHtml(tidyAttributes(sanitizeHtml(html, allowList)), allowList).trim();
}

const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };

/** The readable text of sanitised HTML, blocks on their own lines: for search and identity checks. */
export function plainTextOf(sanitisedHtml: string): string {
  const withBreaks = sanitisedHtml.replace(/<br\s*\/?>|<\/(?:p|h2|h3|h4|li|blockquote)>/g, "\n");
  const text = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} });
  return text
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => entities[entity] ?? entity)
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

/** The ids of the hosted images a sanitised body shows. */
export function imageIdsOf(sanitisedHtml: string): string[] {
  const ids = new Set<string>();
  for (const match of sanitisedHtml.matchAll(/<img [^>]*src="([^"]+)"/g)) {
    const id = mediaSrcPattern.exec(match[1] ?? "")?.[1];
    if (id) ids.add(id);
  }
  return [...ids];
}
