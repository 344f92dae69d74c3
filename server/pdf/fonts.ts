/**
 * The fonts a printed paper embeds, from the Noto packages on npm (SIL Open Font License): Noto
 * Sans for Latin (Polish included), Noto Naskh Arabic for Urdu and Arabic, Noto Sans Gurmukhi for
 * Punjabi and Noto Sans Bengali. Each package ships its font split by script, with the characters
 * each file covers in its CSS (`unicode-range`); a character is drawn with the first file that
 * covers it, as a browser would, so a worker's name in Latin letters inside an Urdu page still shows.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export type Weight = 400 | 700;

export interface FontFace {
  /** The name the face is registered under in a document. */
  name: string;
  weight: Weight;
  data: Buffer;
  ranges: readonly (readonly [number, number])[];
  /**
   * OpenType features to leave off when shaping. fontkit 2.0.4 stops on a null anchor in Noto Sans
   * Gurmukhi's above-base mark positioning (`abvm`); the font's default mark placement is used.
   */
  features?: Record<string, boolean>;
}

interface FamilySource {
  packageName: string;
  subsets: readonly string[];
  features?: Record<string, boolean>;
}

/** In order of preference: a character covered by two files takes the earlier one. */
const families: readonly FamilySource[] = [
  { packageName: "@fontsource/noto-sans", subsets: ["latin", "latin-ext", "greek", "cyrillic"] },
  { packageName: "@fontsource/noto-naskh-arabic", subsets: ["arabic"] },
  { packageName: "@fontsource/noto-sans-gurmukhi", subsets: ["gurmukhi"], features: { abvm: false } },
  { packageName: "@fontsource/noto-sans-bengali", subsets: ["bengali"] },
];

const require = createRequire(import.meta.url);

function parseRanges(list: string): [number, number][] {
  return list.split(",").map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
    const start = Number.parseInt(from ?? "", 16);
    return [start, to === undefined ? start : Number.parseInt(to, 16)];
  });
}

function facesOf(source: FamilySource, weight: Weight): FontFace[] {
  const folder = path.dirname(require.resolve(`${source.packageName}/package.json`));
  const css = readFileSync(path.join(folder, `${weight}.css`), "utf8");
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, block = ""]) => {
    const file = /url\(\.\/files\/([^)]+?\.woff)\)/.exec(block)?.[1];
    const ranges = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    const subset = source.subsets.find((name) => file?.endsWith(`-${name}-${weight}-normal.woff`));
    if (!file || !ranges || !subset) return [];
    return [
      {
        name: `${path.basename(file, ".woff")}`,
        weight,
        data: readFileSync(path.join(folder, "files", file)),
        ranges: parseRanges(ranges),
        ...(source.features ? { features: source.features } : {}),
      },
    ];
  });
}

let loaded: readonly FontFace[] | null = null;

/** Every face, regular then bold, in order of preference; read once. */
export function fontFaces(): readonly FontFace[] {
  loaded ??= ([400, 700] as const).flatMap((weight) => families.flatMap((family) => facesOf(family, weight)));
  return loaded;
}

export const covers = (face: FontFace, codePoint: number): boolean => face.ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
