/**
 * The redaction step and release of a subject access export: each item that may be about someone
 * else, with where it is and what it says, to withhold with a reason; saving the choices; previewing
 * the PDF and JSON as they would be released; and releasing them (confirmed first).
 */
import { Alert, Anchor, Badge, Button, Checkbox, Group, Select, Stack, Table, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { withholdingReasons, type ExportItem, type WithholdingReason } from "../../../../core/api/data-rights.js";
import { errorMessage } from "../../api/error-messages.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { FormError } from "../../components/form-error.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { isolate } from "../../i18n/format.js";
import { dataRightsApi, previewUrl, type RequestDetail } from "../data-rights-api.js";

type Choices = Record<string, WithholdingReason | null>;

const choicesOf = (items: readonly ExportItem[]): Choices => Object.fromEntries(items.map((item) => [item.itemKey, item.withheldFor]));

export function SubjectAccessExport({ request, onChanged }: { request: RequestDetail; onChanged: (request: RequestDetail) => void }) {
  const { t } = useTranslation();
  const { state, reload, replace } = useLoad(() => dataRightsApi.exportItems(request.id), [request.id]);
  const [choices, setChoices] = useState<Choices>({});
  const [isDirty, setIsDirty] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  useEffect(() => {
    if (state.status === "ready") setChoices(choicesOf(state.data.items));
  }, [state]);

  const choose = (itemKey: string, reason: WithholdingReason | null) => {
    setChoices({ ...choices, [itemKey]: reason });
    setIsDirty(true);
    setIsSaved(false);
  };
  const save = async () => {
    setError(null);
    setIsBusy(true);
    try {
      const items = Object.entries(choices).flatMap(([itemKey, reason]) => (reason ? [{ itemKey, reason }] : []));
      replace(await dataRightsApi.saveWithholdings(request.id, { items }));
      setIsDirty(false);
      setIsSaved(true);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setIsBusy(false);
    }
  };
  const release = async () => {
    setError(null);
    setIsBusy(true);
    try {
      onChanged(await dataRightsApi.release(request.id));
      setIsConfirming(false);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setIsBusy(false);
    }
  };

  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const { items } = state.data;
  const withheldCount = Object.values(choices).filter(Boolean).length;
  return (
    <Section title={t("dataRights.export.title")}>
      <Text maw="75ch">{t("dataRights.export.intro")}</Text>
      {!isConfirming && <FormError message={error} />}
      {items.length === 0 ? (
        <Text>{t("dataRights.export.noItems")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label={t("dataRights.export.itemsLabel")} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("dataRights.export.withhold")}</Table.Th>
                <Table.Th>{t("dataRights.table.kind")}</Table.Th>
                <Table.Th>{t("dataRights.export.where")}</Table.Th>
                <Table.Th>{t("dataRights.export.content")}</Table.Th>
                <Table.Th>{t("dataRights.export.reason")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => {
                const kind = t(`dataRights.itemKinds.${item.kind}`);
                const reason = choices[item.itemKey] ?? null;
                return (
                  <Table.Tr key={item.itemKey}>
                    <Table.Td>
                      <Checkbox
                        aria-label={t("dataRights.export.withholdItem", { kind, where: item.where })}
                        checked={reason !== null}
                        onChange={(event) => choose(item.itemKey, event.currentTarget.checked ? (item.kind.startsWith("referrer") ? "referrer_confidentiality" : "third_party") : null)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        <Text size="sm">{kind}</Text>
                        {item.isSuggested && (
                          <Badge size="sm" color="orange" variant="light">
                            {t("dataRights.export.suggested")}
                          </Badge>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{isolate(item.where)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" dir="auto" maw="40ch" style={{ whiteSpace: "pre-wrap" }} td={reason ? "line-through" : undefined}>
                        {item.value}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={t("dataRights.export.reasonFor", { kind, where: item.where })}
                        size="xs"
                        disabled={reason === null}
                        data={withholdingReasons.map((value) => ({ value, label: t(`dataRights.withholdingReasons.${value}`) }))}
                        value={reason}
                        onChange={(value) => value && choose(item.itemKey, value)}
                        allowDeselect={false}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {isSaved && <Alert color="green">{t("dataRights.export.saved")}</Alert>}
      {isDirty && <Alert color="orange">{t("dataRights.export.unsaved")}</Alert>}
      <Group wrap="wrap">
        {items.length > 0 && (
          <Button variant="default" onClick={() => void save()} loading={isBusy} disabled={!isDirty}>
            {t("dataRights.export.saveChoices")}
          </Button>
        )}
        <Text size="sm">{t("dataRights.export.withheldCount", { count: withheldCount })}</Text>
      </Group>
      <Group wrap="wrap">
        <Anchor href={previewUrl(request.id, "subject-access.pdf")} target="_blank" rel="noreferrer">
          {t("dataRights.export.previewPdf")}
        </Anchor>
        <Anchor href={previewUrl(request.id, "subject-access.json")} target="_blank" rel="noreferrer">
          {t("dataRights.export.previewJson")}
        </Anchor>
      </Group>
      <Text size="sm" c="dimmed" maw="75ch">
        {t("dataRights.export.releaseIntro")}
      </Text>
      <Group>
        <Button onClick={() => setIsConfirming(true)} disabled={isDirty}>
          {t("dataRights.export.release")}
        </Button>
      </Group>
      <ConfirmDialog
        opened={isConfirming}
        title={t("dataRights.export.release")}
        message={t("dataRights.export.confirmRelease")}
        confirmLabel={t("dataRights.export.release")}
        isBusy={isBusy}
        error={error}
        onConfirm={() => void release()}
        onCancel={() => setIsConfirming(false)}
      />
    </Section>
  );
}
