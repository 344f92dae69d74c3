/**
 * The organisation's instruments, for administrators: the catalogue with each one's version, origin
 * (built in or imported) and settings; for each, its information and licence, its settings and
 * export; and importing a definition or official wording.
 */
import { Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AppModal } from "../components/app-modal.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { useLoad } from "../components/use-load.js";
import { ImportSection } from "./import-section.js";
import { InstrumentDetails } from "./instrument-details.js";
import { InstrumentTable } from "./instrument-table.js";
import { instrumentsApi, type InstrumentSummary } from "./instruments-api.js";

export function InstrumentsPage() {
  const { t } = useTranslation();
  const { state, reload, replace } = useLoad(() => instrumentsApi.list(), []);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const instruments = state.status === "ready" ? state.data : [];
  const open = instruments.find((instrument) => instrument.key === openKey) ?? null;
  const updated = (next: InstrumentSummary) => replace(instruments.map((instrument) => (instrument.key === next.key ? next : instrument)));

  return (
    <Page title={t("instruments.title")}>
      <Text>{t("instruments.intro")}</Text>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && (
        <Stack gap="lg">
          <InstrumentTable instruments={instruments} onOpen={setOpenKey} />
          <ImportSection instruments={instruments} onImported={reload} />
        </Stack>
      )}
      <AppModal opened={open !== null} onClose={() => setOpenKey(null)} title={open?.title ?? ""} size="xl">
        {open && <InstrumentDetails key={open.versionId} instrument={open} onSaved={updated} />}
      </AppModal>
    </Page>
  );
}
