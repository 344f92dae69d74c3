/** The outcomes part of the close-case dialog: the organisation's offered outcomes, loaded when the dialog opens. */
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { supportVocabularyApi } from "../support-vocabulary/support-vocabulary-api.js";
import { OutcomesEditor, type OutcomeRow } from "./outcomes-editor.js";

export function CloseOutcomesField({ form }: { form: UseFormReturnType<{ outcomes: OutcomeRow[] }> }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad(() => supportVocabularyApi.get(), []);
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  return <OutcomesEditor form={form} vocabulary={state.data.closureOutcomes} hint={t("caseOutcomes.editor.hint")} />;
}
