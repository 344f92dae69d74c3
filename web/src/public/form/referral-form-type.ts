/** The Mantine form holding the referral's answers, as every section of the form receives it. */
import type { UseFormReturnType } from "@mantine/form";
import type { ReferralFormValues } from "../referral-values.js";

export type ReferralForm = UseFormReturnType<ReferralFormValues>;

/** Whose point of view the questions are asked from: the person themselves, someone else, or not yet said. */
export type Perspective = "self" | "other" | "unknown";

export function perspectiveOf(sourceCode: ReferralFormValues["sourceCode"]): Perspective {
  if (sourceCode === "") return "unknown";
  return sourceCode === "self" ? "self" : "other";
}
