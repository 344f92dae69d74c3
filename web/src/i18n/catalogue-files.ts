/**
 * The message catalogues as one object per language. `en.json` and friends hold the foundation's
 * sections; each later feature keeps its own sections in `sections/<feature>.<language>.json` (only
 * English and Urdu: feature pages are staff pages), merged in here. A section name belongs to one
 * file: merging refuses a name defined twice, so two features cannot overwrite each other's text.
 */
import ar from "./ar.json";
import bn from "./bn.json";
import en from "./en.json";
import pa from "./pa.json";
import pl from "./pl.json";
import ur from "./ur.json";

type Catalogue = Record<string, unknown>;

const sectionFiles = import.meta.glob<Catalogue>("./sections/*.json", { eager: true, import: "default" });

function withSections(base: Catalogue, language: "en" | "ur"): Catalogue {
  const merged: Catalogue = { ...base };
  for (const [file, sections] of Object.entries(sectionFiles)) {
    if (!file.endsWith(`.${language}.json`)) continue;
    for (const [name, messages] of Object.entries(sections)) {
      if (name in merged) throw new Error(`The catalogue section "${name}" in ${file} is already defined.`);
      merged[name] = messages;
    }
  }
  return merged;
}

export const catalogueFiles = {
  en: withSections(en, "en"),
  ur: withSections(ur, "ur"),
  pa,
  bn,
  ar,
  pl,
} as const;
