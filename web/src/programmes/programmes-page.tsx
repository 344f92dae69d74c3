/**
 * The organisation's programmes, for administrators: each at its latest version, built in or the
 * organisation's own, with its phases and criteria; retiring one (no new enrolments; enrolments on it
 * carry on) or bringing it back; and importing a new programme or version as JSON.
 */
import { Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AppModal } from "../components/app-modal.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { useLoad } from "../components/use-load.js";
import { ProgrammeDetails } from "./programme-details.js";
import { ProgrammeImport } from "./programme-import.js";
import { ProgrammeTable } from "./programme-table.js";
import { programmesApi, type Programme } from "./programmes-api.js";

export function ProgrammesPage() {
  const { t } = useTranslation();
  const { state, reload, replace } = useLoad(() => programmesApi.list(), []);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [draft, setDraft] = useState("");
  const list = state.status === "ready" ? state.data : null;
  const open = list?.items.find((programme) => programme.key === openKey) ?? null;
  const updated = (next: Programme) => list && replace({ ...list, items: list.items.map((programme) => (programme.key === next.key ? next : programme)) });

  return (
    <Page title={t("programmes.admin.title")}>
      <Text>{t("programmes.admin.intro")}</Text>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {list && (
        <Stack gap="lg">
          <ProgrammeTable programmes={list.items} canManage={list.canManage} onOpen={setOpenKey} onChanged={updated} />
          {list.canManage && <ProgrammeImport text={draft} onTextChange={setDraft} onImported={reload} />}
        </Stack>
      )}
      <AppModal opened={open !== null} onClose={() => setOpenKey(null)} title={open?.title ?? ""} size="xl">
        {open && (
          <ProgrammeDetails
            key={open.versionId}
            programme={open}
            canManage={list?.canManage ?? false}
            onNewVersion={(definition) => {
              setDraft(JSON.stringify(definition, null, 2));
              setOpenKey(null);
            }}
          />
        )}
      </AppModal>
    </Page>
  );
}
