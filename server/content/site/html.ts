/**
 * A tiny HTML template tag for the server-rendered public pages: every interpolated value is escaped
 * unless it is already `Html` (built by this tag, or body HTML that was sanitised on save and is
 * marked trusted on purpose with `trustedHtml`). Arrays are joined; null, undefined and false render
 * nothing, so conditional parts read naturally.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return "";
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? "");
  });
  return new Html(out);
}

/** Body HTML that passed the allow-list on save (sanitise-html.ts); nothing else may be marked so. */
export const trustedHtml = (sanitised: string): Html => new Html(sanitised);

/**
 * A message with `{name}` placeholders filled: text values escaped, `Html` values (links) kept.
 * Messages come from our own catalogues, so their text is escaped too.
 */
export function fill(message: string, values: Record<string, Html | string | number> = {}): Html {
  const pieces = message.split(/(\{[a-zA-Z]+\})/);
  return new Html(
    pieces
      .map((piece) => {
        const name = /^\{([a-zA-Z]+)\}$/.exec(piece)?.[1];
        if (name === undefined) return escapeHtml(piece);
        const value = values[name];
        return value === undefined ? escapeHtml(piece) : render(value);
      })
      .join(""),
  );
}
