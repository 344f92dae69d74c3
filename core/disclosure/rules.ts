/**
 * An organisation's disclosure settings: the rules every count that leaves for a commissioner is
 * published under. Pure.
 *
 * The defaults follow NHS Digital's sub-national rule as recorded in the shared reference "domain
 * facts" §5 (0 stays 0; 1 to 7 suppressed; 8 or more rounded to the nearest 5), with that section's
 * suggested default of k ≥ 8 for external outputs. Issue 9 makes the threshold configurable but
 * never below 5 (NDTMS publishes below 5 as "*", §5).
 */
import { z } from "zod";

/** Counts from 1 to `threshold - 1` are suppressed; the threshold itself is the smallest count shown. */
export const defaultThreshold = 8;
/** The smallest threshold an organisation may choose (§5: NDTMS suppresses below 5). */
export const lowestThreshold = 5;
export const defaultRoundingBase = 5;

/**
 * Rounds a count to the nearest multiple of `base`, a tie (exactly half way) going away from zero,
 * as NHS Digital's "nearest 5" does in practice (12.5 is not a count, but with an even base 15 → 20
 * for base 10). A base of 1 leaves the count as it is.
 */
export function roundToBase(count: number, base: number): number {
  // Integer arithmetic: floor((count + base / 2) / base), without a fractional base / 2.
  return Math.floor((2 * count + base) / (2 * base)) * base;
}

const wholeNumber = (field: string) =>
  z.number({ message: `${field} must be a number.` }).int({ message: `${field} must be a whole number.` });

export const disclosureSettingsSchema = z
  .strictObject({
    threshold: wholeNumber("The threshold")
      .min(lowestThreshold, { message: `The threshold cannot be below ${lowestThreshold}.` })
      .default(defaultThreshold),
    roundingBase: wholeNumber("The rounding base").min(1, { message: "The rounding base must be at least 1 (1 means no rounding)." }).default(defaultRoundingBase),
    /** How wide, at least, the range a reader could narrow a suppressed count to must be. Defaults to the threshold. */
    protectionWidth: wholeNumber("The protection width").optional(),
  })
  .superRefine((settings, context) => {
    // A shown count below the threshold would read as a count the rules hide (6 → 5 with a
    // threshold of 6), and one rounded to 0 would pass for a true zero, which is published exactly.
    const smallestShown = roundToBase(settings.threshold, settings.roundingBase);
    if (smallestShown < settings.threshold) {
      context.addIssue({
        code: "custom",
        path: ["roundingBase"],
        message: `With a threshold of ${settings.threshold}, rounding to the nearest ${settings.roundingBase} would show a count of ${settings.threshold} as ${smallestShown}, below the threshold.`,
      });
    }
    // Issue 9: no suppressed cell's protection interval may be narrower than the threshold.
    if (settings.protectionWidth !== undefined && settings.protectionWidth < settings.threshold) {
      context.addIssue({ code: "custom", path: ["protectionWidth"], message: `The protection width cannot be below the threshold (${settings.threshold}).` });
    }
  })
  .transform((settings): DisclosureRules => ({ ...settings, protectionWidth: settings.protectionWidth ?? settings.threshold }));

export interface DisclosureRules {
  readonly threshold: number;
  readonly roundingBase: number;
  readonly protectionWidth: number;
}

export const defaultDisclosureRules: DisclosureRules = Object.freeze(disclosureSettingsSchema.parse({}));

/** Reads an organisation's stored settings; throws a ZodError naming the field when they are not allowed. */
export const parseDisclosureRules = (settings: unknown): DisclosureRules => disclosureSettingsSchema.parse(settings);
