/** Moving focus to the field a problem is about: a question's chosen (or first) answer, the tier, the rationale. */
import { rationaleFieldId, tierFieldId } from "./tier-decision-panel.js";
import { itemElementId } from "./stored-definition.js";
import type { ProblemTarget } from "./submit-problems.js";

export const targetElementId = (target: ProblemTarget): string =>
  target.kind === "item" ? itemElementId(target.itemId) : target.kind === "tier" ? tierFieldId : rationaleFieldId;

export function focusProblem(target: ProblemTarget): void {
  const element = document.getElementById(targetElementId(target));
  if (!element) return;
  const input =
    element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement
      ? element
      : element.querySelector<HTMLElement>("input:checked, input:not([type=hidden]), textarea");
  input?.focus();
  element.scrollIntoView({ block: "center" });
}
