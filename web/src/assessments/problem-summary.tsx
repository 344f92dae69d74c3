/**
 * What stops the assessment being submitted, listed above the form: each problem a link to its
 * question (focus moves there). The summary itself takes focus when it appears, so keyboard and
 * screen-reader users hear it at once.
 */
import { Alert, Anchor, List } from "@mantine/core";
import { useEffect, useRef, type MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Item } from "../../../core/instruments/definition.js";
import { isolate } from "../i18n/format.js";
import { focusProblem, targetElementId } from "./focus-problem.js";
import type { SubmitProblem } from "./submit-problems.js";

interface ProblemSummaryProps {
  problems: readonly SubmitProblem[];
  items: ReadonlyMap<string, Item>;
  /** Changes on every refused attempt, so focus returns to the summary each time. */
  attempt: number;
}

export function ProblemSummary({ problems, items, attempt }: ProblemSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) ref.current?.focus();
    // Focus only when a new attempt is refused, not on every change of the list.
  }, [attempt]);
  if (problems.length === 0) return null;

  const jump = (event: MouseEvent<HTMLAnchorElement>, problem: SubmitProblem) => {
    event.preventDefault();
    focusProblem(problem.target);
  };
  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="light" title={t("assessments.form.problems.title", { count: problems.length })} className="problem-summary">
      <List spacing={4}>
        {problems.map((problem) => (
          <List.Item key={targetElementId(problem.target)}>
            <Anchor href={`#${targetElementId(problem.target)}`} onClick={(event) => jump(event, problem)} c="var(--mantine-color-error)" fw={600}>
              {problemText(problem, items, t)}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The message beside the field itself, which its label already names. */
export function fieldProblemText(problem: SubmitProblem, t: ReturnType<typeof useTranslation>["t"]): string {
  if (problem.target.kind !== "item") return t(problem.key ?? "assessments.form.problems.rationale");
  return problem.key === "assessments.form.problems.unanswered" ? t("assessments.form.problems.answerThis") : (problem.message ?? t("assessments.form.problems.answerThis"));
}

export function problemText(problem: SubmitProblem, items: ReadonlyMap<string, Item>, t: ReturnType<typeof useTranslation>["t"]): string {
  if (problem.target.kind !== "item") return t(problem.key ?? "assessments.form.problems.rationale");
  const label = isolate(items.get(problem.target.itemId)?.label ?? problem.target.itemId);
  if (problem.key === "assessments.form.problems.unanswered") return t(problem.key, { label });
  return t("assessments.form.problems.invalid", { label, message: problem.message ?? "" });
}
