/**
 * The organisation's support vocabulary, for administrators: intervention types and closure
 * outcomes, each list with its entries (built in or added, offered or retired), a change of label,
 * retiring and offering again, and a form to add an entry.
 */
import { Alert, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { errorMessage } from "../api/error-messages.js";
import { isolate } from "../i18n/format.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { AddEntryForm } from "./add-entry-form.js";
import { closureOutcomeLabel, interventionTypeLabel } from "./labels.js";
import { RelabelDialog } from "./relabel-dialog.js";
import { supportVocabularyApi, type SupportVocabulary, type VocabularyListPath } from "./support-vocabulary-api.js";
import { VocabularyTable, type VocabularyRow } from "./vocabulary-table.js";

function rowsOf(vocabulary: SupportVocabulary, list: VocabularyListPath, t: TFunction): VocabularyRow[] {
  if (list === "intervention-types") {
    return vocabulary.interventionTypes.map((type) => ({
      code: type.code,
      label: interventionTypeLabel(type.code, t, vocabulary.interventionTypes),
      hasOwnLabel: type.label !== null,
      isBuiltIn: type.isBuiltIn,
      isRetired: type.isRetired,
      specialism: type.specialism,
      isPartnerDelivered: type.isPartnerDelivered,
    }));
  }
  return vocabulary.closureOutcomes.map((outcome) => ({
    code: outcome.code,
    label: closureOutcomeLabel(outcome.code, t, vocabulary.closureOutcomes),
    hasOwnLabel: outcome.label !== null,
    isBuiltIn: outcome.isBuiltIn,
    isRetired: outcome.isRetired,
  }));
}

export function SupportVocabularyPage() {
  const { t } = useTranslation();
  const { state, reload, replace } = useLoad(() => supportVocabularyApi.get(), []);
  return (
    <Page title={t("supportVocabulary.title")}>
      <Text>{t("supportVocabulary.intro")}</Text>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && (
        <Stack gap="lg">
          <VocabularyList list="intervention-types" vocabulary={state.data} onChanged={replace} />
          <VocabularyList list="closure-outcomes" vocabulary={state.data} onChanged={replace} />
        </Stack>
      )}
    </Page>
  );
}

function VocabularyList({ list, vocabulary, onChanged }: { list: VocabularyListPath; vocabulary: SupportVocabulary; onChanged: (next: SupportVocabulary) => void }) {
  const { t } = useTranslation();
  const [relabelling, setRelabelling] = useState<VocabularyRow | null>(null);
  const [busyCode, setBusyCode] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isInterventionList = list === "intervention-types";
  const title = t(isInterventionList ? "supportVocabulary.interventionTypes" : "supportVocabulary.closureOutcomes");
  const changed = (next: SupportVocabulary, message: string) => {
    onChanged(next);
    setError(null);
    setNotice(message);
  };
  async function retire(row: VocabularyRow, isRetired: boolean): Promise<void> {
    setBusyCode(row.code);
    try {
      changed(await supportVocabularyApi.setRetired(list, row.code, isRetired), t("supportVocabulary.saved"));
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusyCode(null);
    }
  }
  return (
    <Section title={title}>
      {notice && (
        <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t("common.close")} onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      <FormError message={error} />
      <VocabularyTable caption={title} rows={rowsOf(vocabulary, list, t)} isInterventionList={isInterventionList} busyCode={busyCode} onRelabel={setRelabelling} onRetire={(row, isRetired) => void retire(row, isRetired)} />
      <Title order={3} size="h5">
        {t(isInterventionList ? "supportVocabulary.addType" : "supportVocabulary.addOutcome")}
      </Title>
      <AddEntryForm list={list} onAdded={(next, label) => changed(next, t("supportVocabulary.addedNotice", { label: isolate(label) }))} />
      <RelabelDialog
        list={list}
        row={relabelling}
        onClose={() => setRelabelling(null)}
        onSaved={(next) => {
          setRelabelling(null);
          changed(next, t("supportVocabulary.saved"));
        }}
      />
    </Section>
  );
}
