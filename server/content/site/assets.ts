/**
 * The public site's stylesheet, script and fonts, served by the app itself: no other origin is ever
 * asked for anything. The stylesheet and script are read once at start and served under a hash of
 * their content, so browsers may keep them for a year; the fonts are our own copies of the Noto
 * families from the installed @fontsource packages, under their package version.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const folder = fileURLToPath(new URL("./assets/", import.meta.url));

/** The font files the stylesheet names, by file name, with where each lives on disk. */
const fontPackages = ["@fontsource/noto-naskh-arabic", "@fontsource/noto-sans-bengali", "@fontsource/noto-sans-gurmukhi"] as const;

function fontFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of fontPackages) {
    const root = path.dirname(require.resolve(`${name}/package.json`));
    const script = name.replace("@fontsource/noto-naskh-", "").replace("@fontsource/noto-sans-", "");
    const file = `${name.replace("@fontsource/", "")}-${script}-400-normal.woff2`;
    files.set(file, path.join(root, "files", file));
  }
  return files;
}

export interface SiteAssets {
  css: { url: string; body: string };
  js: { url: string; body: string };
  fontsPrefix: string;
  /** A font's bytes by file name, or undefined for anything not on the list. */
  font(file: string): Buffer | undefined;
}

const hashOf = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 12);

export function loadSiteAssets(): SiteAssets {
  const fontVersion = (require("@fontsource/noto-naskh-arabic/package.json") as { version: string }).version;
  const fontsPrefix = `/site/fonts/${fontVersion}/`;
  const css = readFileSync(path.join(folder, "site.css"), "utf8").replaceAll("url(FONTS/", `url(${fontsPrefix}`);
  const js = readFileSync(path.join(folder, "site.js"), "utf8");
  const fonts = fontFiles();
  const loaded = new Map<string, Buffer>();
  return {
    css: { url: `/site/${hashOf(css)}/site.css`, body: css },
    js: { url: `/site/${hashOf(js)}/site.js`, body: js },
    fontsPrefix,
    font(file) {
      const location = fonts.get(file);
      if (!location) return undefined;
      const cached = loaded.get(file) ?? readFileSync(location);
      loaded.set(file, cached);
      return cached;
    },
  };
}
