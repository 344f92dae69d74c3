/**
 * The case page's Outcomes tab: what the case achieved (reading it is audited on the server), and
 * for a manager on a closed case, a form to add outcomes noticed since it closed.
 */
import { Alert, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { supportVocabularyApi } from "../support-vocabulary/support-vocabulary-api.js";
import { caseOutcomesApi, type CaseOutcomeList } from "./case-outcomes-api.js";
import { AddOutcomesForm } from "./add-outcomes-form.js";
import { OutcomeTable } from "./outcome-table.js";

export function CaseOutcomesPanel({ caseId, isClosed }: { caseId: string; isClosed: boolean }) {
  const { t } = useTranslation();
  const { state, reload, replace } = useLoad(async () => {
    const [list, vocabulary] = await Promise.all([caseOutcomesApi.forCase(caseId), supportVocabularyApi.get()]);
    return { list, vocabulary };
  }, [caseId]);
  const [isSaved, setIsSaved] = useState(false);
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const { list, vocabulary } = state.data;
  const saved = (next: CaseOutcomeList) => {
    replace({ list: next, vocabulary });
    setIsSaved(true);
  };
  return (
    <Stack>
      <Section title={t("caseOutcomes.title")}>
        <Text size="sm">{t("caseOutcomes.intro")}</Text>
        {isSaved && (
          <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t("common.close")} onClose={() => setIsSaved(false)}>
            {t("caseOutcomes.saved")}
          </Alert>
        )}
        {list.items.length === 0 ? (
          <Text>{t(isClosed ? "caseOutcomes.none" : "caseOutcomes.noneOpen")}</Text>
        ) : (
          <OutcomeTable outcomes={list.items} vocabulary={vocabulary.closureOutcomes} />
        )}
      </Section>
      {list.abilities.add && <AddOutcomesForm caseId={caseId} vocabulary={vocabulary.closureOutcomes} onSaved={saved} />}
    </Stack>
  );
}
