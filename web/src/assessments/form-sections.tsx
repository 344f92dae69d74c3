/**
 * The instrument's sections as fieldsets, each with the questions shown for the answers so far: an
 * item that depends on an earlier answer appears as soon as that answer is given, and goes when it
 * changes.
 */
import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { InstrumentDefinition } from "../../../core/instruments/definition.js";
import type { FlagResult } from "../../../core/instruments/score.js";
import { FormFieldset } from "../components/form-fieldset.js";
import type { FormAnswer, FormAnswers } from "./form-answers.js";
import { ItemField } from "./item-field.js";
import { fieldProblemText } from "./problem-summary.js";
import type { SubmitProblem } from "./submit-problems.js";

interface FormSectionsProps {
  definition: InstrumentDefinition;
  form: FormAnswers;
  shownItemIds: ReadonlySet<string>;
  flagsByItem: ReadonlyMap<string, readonly FlagResult[]>;
  problems: ReadonlyMap<string, SubmitProblem>;
  onAnswer: (itemId: string, value: FormAnswer | undefined) => void;
}

export function FormSections({ definition, form, shownItemIds, flagsByItem, problems, onAnswer }: FormSectionsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {definition.sections.map((section) => {
        const shown = section.items.filter((item) => shownItemIds.has(item.id));
        if (shown.length === 0) return null;
        return (
          <FormFieldset key={section.id} legend={<bdi>{section.title}</bdi>}>
            <Stack gap="lg">
              {shown.map((item) => {
                const problem = problems.get(`item:${item.id}`);
                return (
                  <ItemField
                    key={item.id}
                    item={item}
                    value={form[item.id]}
                    onChange={(value) => onAnswer(item.id, value)}
                    error={problem ? fieldProblemText(problem, t) : null}
                    flags={flagsByItem.get(item.id) ?? []}
                  />
                );
              })}
            </Stack>
          </FormFieldset>
        );
      })}
    </Stack>
  );
}
