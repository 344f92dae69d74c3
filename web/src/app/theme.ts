/**
 * The Mantine theme. Colours are chosen for at least 4.5:1 contrast on white; Urdu gets a font stack
 * that renders Nastaliq (or Naskh where Nastaliq is missing) from fonts installed on the device —
 * nothing is downloaded — and taller lines so its tall letters are not clipped.
 */
import {
  createTheme,
  PasswordInput,
  Select,
  TextInput,
  type CSSVariablesResolver,
  type MantineThemeOverride,
} from "@mantine/core";
import type { Language } from "../../../core/api/auth.js";
import { accessibleVariantColors } from "./contrast.js";

const latinStack =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';
// "Pathways Latin" (styles.css) covers only Latin letters, so names and emails inside Urdu text keep
// a Latin face instead of the Nastaliq font's own Latin glyphs.
const urduStack =
  '"Pathways Latin", "Noto Nastaliq Urdu", "Jameel Noori Nastaleeq", "Urdu Typesetting", "Noto Naskh Arabic", ' +
  '"Noto Sans Arabic", "Segoe UI", Tahoma, sans-serif';

/** A deep teal: the organisation's colour, dark enough for white text and for text on white. */
const pathways = [
  "#e6f4f2", "#c5e4df", "#9fd2ca", "#74beb3", "#4aa99c",
  "#2a9184", "#16796d", "#0b6158", "#084d46", "#053a35",
] as const;

export function buildTheme(language: Language): MantineThemeOverride {
  const isUrdu = language === "ur";
  return createTheme({
    primaryColor: "pathways",
    primaryShade: 7,
    colors: { pathways: [...pathways] },
    fontFamily: isUrdu ? urduStack : latinStack,
    headings: {
      fontFamily: isUrdu ? urduStack : latinStack,
      sizes: isUrdu
        ? { h1: { fontSize: "1.75rem", lineHeight: "2.2" }, h2: { fontSize: "1.35rem", lineHeight: "2.1" } }
        : { h1: { fontSize: "1.75rem" }, h2: { fontSize: "1.3rem" } },
    },
    lineHeights: isUrdu ? { xs: "1.9", sm: "1.9", md: "2", lg: "2", xl: "2" } : {},
    // Nastaliq reads small at Latin sizes; a step up keeps it legible.
    fontSizes: isUrdu ? { xs: "0.875rem", sm: "0.95rem", md: "1.0625rem", lg: "1.2rem", xl: "1.35rem" } : {},
    focusRing: "auto",
    defaultRadius: "md",
    cursorType: "pointer",
    variantColorResolver: accessibleVariantColors,
    // Every field in these forms is needed, so none is starred (as GOV.UK does); `required` still
    // tells assistive technology.
    components: {
      TextInput: TextInput.extend({ defaultProps: { withAsterisk: false } }),
      PasswordInput: PasswordInput.extend({ defaultProps: { withAsterisk: false } }),
      Select: Select.extend({ defaultProps: { withAsterisk: false } }),
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
