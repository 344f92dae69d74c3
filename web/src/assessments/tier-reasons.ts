/**
 * The reasons for a suggested support tier, in plain words: which rule applied and the numbers
 * behind it, one line per area ("Gangs and criminal exploitation: need 4 (push 3 + pull 1 −
 * protective 0), high from 4"). The server sends reasons as plain records; they are read back
 * into the core's shape here, and a kind this version does not know is skipped.
 */
import { z } from "zod";
import { vulnerabilityDomainSchema } from "../../../core/referrals/vocabulary.js";
import { defaultTierRules, type DomainNeed, type TierReason } from "../../../core/instruments/suggest-tier.js";

const needSchema = z.object({ domain: vulnerabilityDomainSchema, push: z.number(), pull: z.number(), protective: z.number(), need: z.number() });
const reasonSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("significant_harm") }),
  z.object({ kind: z.literal("extremism_concern"), push: z.number(), pull: z.number(), threshold: z.number() }),
  z.object({ kind: z.literal("high_need"), domains: z.array(needSchema), threshold: z.number() }),
  z.object({ kind: z.literal("moderate_need"), domains: z.array(needSchema), threshold: z.number() }),
  z.object({ kind: z.literal("no_high_need") }),
]);

export function readReasons(reasons: readonly Record<string, unknown>[]): TierReason[] {
  return reasons.flatMap((reason) => {
    const parsed = reasonSchema.safeParse(reason);
    return parsed.success ? [parsed.data] : [];
  });
}

/** A message to show: a catalogue key and its values; `domain` values are domain codes, named by the caller. */
export interface ReasonLine {
  key: string;
  values: Record<string, string | number>;
  /** Lines about one area, under this one. */
  domains: { key: string; values: Record<string, string | number>; domain: DomainNeed["domain"] }[];
}

const domainLine = (need: DomainNeed, level: "high" | "moderate", threshold: number) => ({
  key: level === "high" ? "assessments.tier.reasons.domainHigh" : "assessments.tier.reasons.domainModerate",
  domain: need.domain,
  values: { need: need.need, push: need.push, pull: need.pull, protective: need.protective, threshold },
});

export function reasonLines(reasons: readonly TierReason[]): ReasonLine[] {
  return reasons.map((reason): ReasonLine => {
    switch (reason.kind) {
      case "significant_harm":
        return { key: "assessments.tier.reasons.significant_harm", values: {}, domains: [] };
      case "extremism_concern":
        return {
          key: "assessments.tier.reasons.extremism_concern",
          values: { push: reason.push, pull: reason.pull, total: reason.push + reason.pull, threshold: reason.threshold },
          domains: [],
        };
      case "high_need":
        return {
          key: "assessments.tier.reasons.high_need",
          values: { count: reason.domains.length, threshold: reason.threshold, panelDomains: defaultTierRules.panelDomains },
          domains: reason.domains.map((need) => domainLine(need, "high", reason.threshold)),
        };
      case "moderate_need":
        return {
          key: "assessments.tier.reasons.moderate_need",
          values: { count: reason.domains.length, threshold: reason.threshold, domains: defaultTierRules.intensiveModerateDomains },
          domains: reason.domains.map((need) => domainLine(need, "moderate", reason.threshold)),
        };
      case "no_high_need":
        return {
          key: "assessments.tier.reasons.no_high_need",
          values: { high: defaultTierRules.highNeed, moderate: defaultTierRules.moderateNeed, domains: defaultTierRules.intensiveModerateDomains },
          domains: [],
        };
    }
  });
}
