/**
 * The national drug-treatment export (/reports/national-dataset): what the file holds and how it
 * must travel, then a site (among those the server lets the user export) and whole months, and the
 * download. The server refuses anything else; the page only offers what the session allows.
 */
import { Alert, Anchor, Button, Group, List, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { maxNdtmsExportMonths, ndtmsExportQuerySchema } from "../../../../core/api/reporting-ndtms.js";
import { ApiError } from "../../api/api-error.js";
import { errorMessage } from "../../api/error-messages.js";
import { FormError } from "../../components/form-error.js";
import { Section } from "../../components/section.js";
import { formPathOf } from "../../forms/validation.js";
import { isolate } from "../../i18n/format.js";
import { useSignedInSession } from "../../session/session-context.js";
import { ReportsPage } from "../reports-page.js";
import { lastWholeMonth } from "./months.js";
import { ndtmsApi } from "./ndtms-api.js";

type Field = "siteId" | "from" | "to";

export function NdtmsExportPage() {
  const { t } = useTranslation();
  const session = useSignedInSession();
  const sites = session.sites.filter((site) => session.siteAbilities[site.id]?.exportsNationalDataset);
  const settingsLink = session.abilities.manageReporting ? (
    <Anchor component={Link} to="/reports/national-dataset/settings">
      {t("ndtms.export.settingsLink")}
    </Anchor>
  ) : undefined;
  return (
    <ReportsPage title={t("ndtms.export.title")} actions={settingsLink}>
      <WhatTheFileHolds />
      {sites.length === 0 ? (
        <Alert color="gray" variant="light" role="status">
          {t("ndtms.export.noSites")}
        </Alert>
      ) : (
        <ExportForm sites={sites} />
      )}
    </ReportsPage>
  );
}

function WhatTheFileHolds() {
  const { t } = useTranslation();
  return (
    <Section title={t("ndtms.export.about.title")}>
      <Text>{t("ndtms.export.about.rows")}</Text>
      <Text>{t("ndtms.export.about.holds")}</Text>
      <List spacing={4}>
        {(["reference", "attributor", "details", "dates"] as const).map((part) => (
          <List.Item key={part}>{t(`ndtms.export.about.parts.${part}`)}</List.Item>
        ))}
      </List>
      <Alert color="orange" variant="light" title={t("ndtms.export.about.personalTitle")}>
        <Stack gap={6}>
          <Text size="sm">{t("ndtms.export.about.personal")}</Text>
          <Text size="sm" fw={600}>
            {t("ndtms.export.about.upload")}
          </Text>
        </Stack>
      </Alert>
      <Text size="sm" c="dimmed">
        {t("ndtms.export.about.audited")}
      </Text>
    </Section>
  );
}

function ExportForm({ sites }: { sites: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const month = lastWholeMonth(new Date());
  const [query, setQuery] = useState({ siteId: sites[0]!.id, from: month, to: month });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const change = (field: Field, value: string) => setQuery((current) => ({ ...current, [field]: value }));

  async function download(): Promise<void> {
    setFailure(null);
    setDownloaded(null);
    const checked = ndtmsExportQuerySchema.safeParse(query);
    if (!checked.success) {
      setErrors(Object.fromEntries(checked.error.issues.map((issue) => [String(issue.path[0]), messageFor(String(issue.path[0]), issue.message)])));
      return;
    }
    setErrors({});
    setIsBusy(true);
    try {
      setDownloaded(await ndtmsApi.export(checked.data));
    } catch (error) {
      setFailure(errorMessage(error, t));
      const fields = error instanceof ApiError ? error.fields : [];
      setErrors(Object.fromEntries(fields.map((field) => [formPathOf(field.path), messageFor(formPathOf(field.path), field.message)])));
    } finally {
      setIsBusy(false);
    }
  }

  function messageFor(field: string, message: string): string {
    if (field === "to" && /before/.test(message)) return t("ndtms.export.errors.endBeforeStart");
    if (field === "to" && /At most/.test(message)) return t("ndtms.export.errors.tooLong", { count: maxNdtmsExportMonths });
    return field === "siteId" ? t("ndtms.export.errors.site") : t("ndtms.export.errors.month");
  }

  return (
    <Section title={t("ndtms.export.form.title")}>
      <FormError message={failure} />
      <Group align="flex-start" gap="md" wrap="wrap">
        <NativeSelect label={t("ndtms.export.form.site")} value={query.siteId} onChange={(event) => change("siteId", event.currentTarget.value)} data={sites.map((site) => ({ value: site.id, label: site.name }))} error={errors.siteId} miw={200} />
        <TextInput type="month" label={t("ndtms.export.form.from")} description={t("ndtms.export.form.monthHint")} placeholder="2025-01" value={query.from} onChange={(event) => change("from", event.currentTarget.value)} error={errors.from} miw={180} />
        <TextInput type="month" label={t("ndtms.export.form.to")} description={t("ndtms.export.form.monthHint")} placeholder="2025-03" value={query.to} onChange={(event) => change("to", event.currentTarget.value)} error={errors.to} miw={180} />
      </Group>
      <Group gap="sm">
        <Button onClick={() => void download()} loading={isBusy}>
          {t("ndtms.export.form.download")}
        </Button>
        <Text size="sm" role="status">
          {downloaded ? t("ndtms.export.form.downloaded", { file: isolate(downloaded) }) : ""}
        </Text>
      </Group>
    </Section>
  );
}
