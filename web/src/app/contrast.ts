/**
 * Mantine's default variant colours put mid-tone text on pale backgrounds and white text on mid
 * tones (green, yellow), below the 4.5:1 that WCAG AA asks of small text. This resolver darkens the
 * text of light, subtle and outline variants and the background of filled ones, for every palette.
 */
import { darken, defaultVariantColorsResolver, parseThemeColor, rem, type VariantColorsResolver } from "@mantine/core";

const darkerTextVariants = new Set(["light", "subtle", "outline", "transparent"]);

export const accessibleVariantColors: VariantColorsResolver = (input) => {
  const defaults = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  const palette = parsed.isThemeColor ? input.theme.colors[parsed.color] : undefined;
  // Grey and white controls (variant "default") already contrast well.
  if (!palette || parsed.color === "gray" || parsed.color === "dark") return defaults;
  const deepest = palette[9];
  if (darkerTextVariants.has(input.variant)) {
    const text = darken(deepest, 0.3);
    // `border` is a whole shorthand: a bare colour here would drop the outline variant's border.
    return { ...defaults, color: text, hoverColor: text, ...(input.variant === "outline" ? { border: `${rem(1)} solid ${text}` } : {}) };
  }
  if (input.variant === "filled" && parsed.color !== input.theme.primaryColor) {
    return { ...defaults, background: darken(deepest, 0.25), hover: darken(deepest, 0.4), color: "#fff" };
  }
  return defaults;
};
