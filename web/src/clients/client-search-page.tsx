/**
 * Finding a client: by reference, or by name and date of birth. Names match across spellings and
 * scripts (Mohammed, Muhammad, محمد). Records known only at other sites are shown without a link:
 * the person is known, but the team there holds the record. Search terms never go into the address,
 * so names do not end up in the browser's history.
 */
import { SegmentedControl, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { Page } from "../components/page.js";
import { ClientSearchForm, type SearchMode } from "./client-search-form.js";
import { ClientSearchResults } from "./client-search-results.js";
import { clientsApi, type ClientMatch, type ClientSearch } from "./clients-api.js";

export function ClientSearchPage() {
  const { t } = useTranslation();
  const [mode, setMode] = useState<SearchMode>("name");
  const [results, setResults] = useState<ClientMatch[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function search(query: ClientSearch): Promise<void> {
    setError(null);
    try {
      setResults(await clientsApi.search(query));
    } catch (failure) {
      setResults(null);
      setError(errorMessage(failure, t));
    }
  }

  return (
    <Page title={t("clients.searchTitle")}>
      <Text maw="70ch">{t("clients.searchIntro")}</Text>
      <Stack gap="sm" maw={720}>
        <SegmentedControl
          aria-label={t("clients.searchBy")}
          value={mode}
          onChange={(value) => {
            setMode(value === "reference" ? "reference" : "name");
            setResults(null);
          }}
          data={[
            { value: "name", label: t("clients.byName") },
            { value: "reference", label: t("clients.byReference") },
          ]}
          maw={420}
        />
        <ClientSearchForm key={mode} mode={mode} onSearch={search} />
      </Stack>
      <FormError message={error} />
      <div aria-live="polite">{results && <ClientSearchResults results={results} />}</div>
    </Page>
  );
}
