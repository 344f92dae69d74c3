/**
 * The Mantine theme. Colours are chosen for at least 4.5:1 contrast on white. Each script gets a font
 * stack from fonts installed on the device — nothing is downloaded — and line heights and sizes that
 * suit it: Nastaliq (Urdu) and Naskh (Arabic) have tall letters that must not be clipped, Bengali and
 * Gurmukhi hang below and above the line.
 */
import {
  createTheme,
  PasswordInput,
  NativeSelect,
  Select,
  Textarea,
  TextInput,
  type CSSVariablesResolver,
  type MantineThemeOverride,
} from "@mantine/core";
import type { PublicLanguage } from "../i18n/i18n.js";
import { accessibleVariantColors } from "./contrast.js";

const latinStack =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';
// "Pathways Latin" (styles.css) covers only Latin letters, so names and emails inside text in another
// script keep a Latin face instead of that script font's own Latin glyphs.
const urduStack =
  '"Pathways Latin", "Noto Nastaliq Urdu", "Jameel Noori Nastaleeq", "Urdu Typesetting", "Noto Naskh Arabic", ' +
  '"Noto Sans Arabic", "Segoe UI", Tahoma, sans-serif';
const arabicStack =
  '"Pathways Latin", "Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", "Geeza Pro", Tahoma, sans-serif';
const bengaliStack =
  '"Pathways Latin", "Noto Sans Bengali", "Nirmala UI", Vrinda, "Bangla Sangam MN", "Kohinoor Bangla", sans-serif';
const gurmukhiStack =
  '"Pathways Latin", "Noto Sans Gurmukhi", "Nirmala UI", Raavi, "Gurmukhi Sangam MN", "Mukta Mahee", sans-serif';

/** The font stack for each language's script; the language picker names each language in its own. */
export const fontStacks: Record<PublicLanguage, string> = {
  en: latinStack,
  pl: latinStack,
  ur: urduStack,
  ar: arabicStack,
  bn: bengaliStack,
  pa: gurmukhiStack,
};

type Metrics = Pick<MantineThemeOverride, "lineHeights" | "fontSizes" | "headings">;

const urduMetrics: Metrics = {
  headings: { sizes: { h1: { fontSize: "1.75rem", lineHeight: "2.2" }, h2: { fontSize: "1.35rem", lineHeight: "2.1" }, h3: { fontSize: "1.15rem", lineHeight: "2" } } },
  lineHeights: { xs: "1.9", sm: "1.9", md: "2", lg: "2", xl: "2" },
  // Nastaliq reads small at Latin sizes; a step up keeps it legible.
  fontSizes: { xs: "0.875rem", sm: "0.95rem", md: "1.0625rem", lg: "1.2rem", xl: "1.35rem" },
};

const arabicMetrics: Metrics = {
  headings: { sizes: { h1: { fontSize: "1.75rem", lineHeight: "1.7" }, h2: { fontSize: "1.35rem", lineHeight: "1.7" }, h3: { fontSize: "1.15rem", lineHeight: "1.7" } } },
  lineHeights: { xs: "1.7", sm: "1.7", md: "1.75", lg: "1.75", xl: "1.75" },
  fontSizes: { xs: "0.9rem", sm: "0.975rem", md: "1.05rem", lg: "1.2rem", xl: "1.3rem" },
};

const indicMetrics: Metrics = {
  headings: { sizes: { h1: { fontSize: "1.7rem", lineHeight: "1.6" }, h2: { fontSize: "1.3rem", lineHeight: "1.6" }, h3: { fontSize: "1.1rem", lineHeight: "1.6" } } },
  lineHeights: { xs: "1.65", sm: "1.65", md: "1.7", lg: "1.7", xl: "1.7" },
  fontSizes: {},
};

const latinMetrics: Metrics = {
  headings: { sizes: { h1: { fontSize: "1.75rem" }, h2: { fontSize: "1.3rem" }, h3: { fontSize: "1.1rem" } } },
  lineHeights: {},
  fontSizes: {},
};

const metrics: Record<PublicLanguage, Metrics> = {
  en: latinMetrics,
  pl: latinMetrics,
  ur: urduMetrics,
  ar: arabicMetrics,
  bn: indicMetrics,
  pa: indicMetrics,
};

/** A deep teal: the organisation's colour, dark enough for white text and for text on white. */
const pathways = [
  "#e6f4f2", "#c5e4df", "#9fd2ca", "#74beb3", "#4aa99c",
  "#2a9184", "#16796d", "#0b6158", "#084d46", "#053a35",
] as const;

export function buildTheme(language: PublicLanguage): MantineThemeOverride {
  const fontFamily = fontStacks[language];
  const { headings, lineHeights, fontSizes } = metrics[language];
  return createTheme({
    primaryColor: "pathways",
    primaryShade: 7,
    colors: { pathways: [...pathways] },
    fontFamily,
    headings: { ...headings, fontFamily },
    lineHeights: lineHeights ?? {},
    fontSizes: fontSizes ?? {},
    focusRing: "auto",
    defaultRadius: "md",
    cursorType: "pointer",
    variantColorResolver: accessibleVariantColors,
    // Required fields are not starred (as GOV.UK does): staff forms need every field, and the public
    // form marks the few optional ones instead. `required` still tells assistive technology.
    components: {
      TextInput: TextInput.extend({ defaultProps: { withAsterisk: false } }),
      PasswordInput: PasswordInput.extend({ defaultProps: { withAsterisk: false } }),
      Select: Select.extend({ defaultProps: { withAsterisk: false } }),
      NativeSelect: NativeSelect.extend({ defaultProps: { withAsterisk: false } }),
      Textarea: Textarea.extend({ defaultProps: { withAsterisk: false } }),
    },
  });
}

/** Mantine's dimmed grey is too pale for small text; use one that passes AA. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-6)",
    // Mantine's red-6 error text is 3.3:1 on white; red-9 passes AA.
    "--mantine-color-error": "var(--mantine-color-red-9)",
  },
  dark: {},
});
