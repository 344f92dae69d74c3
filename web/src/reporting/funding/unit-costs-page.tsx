/**
 * Unit costs (`/reports/funding/unit-costs`), for administrators: what one unit of each of the
 * organisation's services costs — a kit, a session, a year of mentoring, a year's running costs —
 * with how it was worked out, and beside it what the last twelve whole months of recorded spend
 * and activity suggest, to compare (the entered figure is the one used; the suggestion never
 * replaces it).
 */
import { Button, Group, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { UnitCostList, UnitCostView } from "../../../../core/api/funding.js";
import { errorMessage } from "../../api/error-messages.js";
import { monthLong } from "../../components/charts/month-names.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { isolate } from "../../i18n/format.js";
import { fundingApi } from "./funding-api.js";
import { FundingPage } from "./funding-page.js";
import { pence } from "./funding-words.js";
import { UnitCostDialog } from "./unit-cost-dialog.js";
import { suggestionSentence } from "./unit-cost-words.js";

export function UnitCostsPage() {
  const { t } = useTranslation();
  const list = useLoad(fundingApi.unitCosts, []);
  const [editing, setEditing] = useState<UnitCostView | "new" | null>(null);
  const [removing, setRemoving] = useState<UnitCostView | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [isRemoving, setIsRemoving] = useState(false);

  async function remove(unitCost: UnitCostView) {
    setIsRemoving(true);
    try {
      await fundingApi.removeUnitCost(unitCost.id);
      setRemoving(null);
      list.reload();
    } catch (error) {
      setRemoveError(errorMessage(error, t));
    } finally {
      setIsRemoving(false);
    }
  }

  return (
    <FundingPage title={t("funding.unitCosts.title")} actions={<Button onClick={() => setEditing("new")}>{t("funding.unitCosts.add")}</Button>}>
      <Text maw="70ch">{t("funding.unitCosts.intro")}</Text>
      <Section title={t("funding.unitCosts.listTitle")}>
        {list.state.status === "loading" && <Loading />}
        {list.state.status === "failed" && <LoadFailed error={list.state.error} onRetry={list.reload} />}
        {list.state.status === "ready" && (
          <UnitCostTable
            list={list.state.data}
            onEdit={setEditing}
            onRemove={(unitCost) => {
              setRemoveError(null);
              setRemoving(unitCost);
            }}
          />
        )}
      </Section>
      <UnitCostDialog
        unitCost={editing}
        suggestions={list.state.status === "ready" ? list.state.data.suggestions : []}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          list.reload();
        }}
      />
      <ConfirmDialog
        opened={removing !== null}
        title={t("funding.unitCosts.remove.title")}
        message={removing ? t("funding.unitCosts.remove.message", { name: isolate(removing.name) }) : ""}
        confirmLabel={t("funding.unitCosts.remove.confirm")}
        isBusy={isRemoving}
        error={removeError}
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      />
    </FundingPage>
  );
}

function UnitCostTable({ list, onEdit, onRemove }: { list: UnitCostList; onEdit: (unitCost: UnitCostView) => void; onRemove: (unitCost: UnitCostView) => void }) {
  const { t } = useTranslation();
  if (list.items.length === 0) return <Text>{t("funding.unitCosts.none")}</Text>;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t("funding.unitCosts.suggestionsFrom", { period: t("funding.monthRange", { from: isolate(monthLong(list.months.from)), to: isolate(monthLong(list.months.to)) }) })}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing="sm">
          <Table.Caption>{t("funding.unitCosts.caption", { count: list.items.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("funding.unitCosts.service")}</Table.Th>
              <Table.Th>{t("funding.unitCosts.cost")}</Table.Th>
              <Table.Th>{t("funding.unitCosts.suggested")}</Table.Th>
              <Table.Th>{t("common.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((unitCost) => {
              const suggestion = list.suggestions.find((candidate) => candidate.derivation === unitCost.derivation);
              return (
                <Table.Tr key={unitCost.id}>
                  <Table.Td>
                    <Stack gap={2}>
                      <Text fw={500}>
                        <bdi>{unitCost.name}</bdi>
                      </Text>
                      <Text size="sm">
                        <bdi>{unitCost.unit}</bdi>
                      </Text>
                      {unitCost.basis !== "" && (
                        <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-line" }}>
                          <bdi>{unitCost.basis}</bdi>
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{pence(unitCost.costPence)}</Table.Td>
                  <Table.Td>
                    {suggestion ? (
                      <Stack gap={2}>
                        <Text fw={500}>{suggestion.suggestedPence === null ? t("funding.unitCosts.noSuggestion") : pence(suggestion.suggestedPence)}</Text>
                        <Text size="sm" c="dimmed">
                          {suggestionSentence(t, suggestion)}
                        </Text>
                      </Stack>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t("funding.unitCosts.notDerived")}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="default" onClick={() => onEdit(unitCost)} aria-label={t("funding.unitCosts.editNamed", { name: unitCost.name })}>
                        {t("funding.edit")}
                      </Button>
                      <Button size="xs" variant="subtle" color="red" onClick={() => onRemove(unitCost)} aria-label={t("funding.unitCosts.removeNamed", { name: unitCost.name })}>
                        {t("funding.unitCosts.remove.action")}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
