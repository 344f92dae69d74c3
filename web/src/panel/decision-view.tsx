/** A recorded panel decision: what was decided, the discussion, the actions with owners and due dates, and any referral it made. */
import { Badge, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DecisionView as Decision } from "../../../core/api/panel.js";
import { FactList } from "../components/fact-list.js";
import { isolate, useFormat } from "../i18n/format.js";
import { DecisionBadge } from "./panel-badges.js";
import { panelLabels } from "./panel-labels.js";

export function DecisionView({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = panelLabels(t);
  const referral = decision.referral;
  return (
    <Stack gap="sm">
      <FactList
        facts={[
          { label: t("panel.decision.kind"), value: <DecisionBadge kind={decision.kind} /> },
          { label: t("panel.decision.decidedAt"), value: format.dateTime(decision.decidedAt) },
          ...(decision.recordedByName ? [{ label: t("panel.decision.recordedBy"), value: <bdi>{decision.recordedByName}</bdi> }] : []),
          ...(referral
            ? [{ label: t("panel.decision.referral"), value: t("panel.decision.referralSent", { to: isolate(referral.targetName ?? labels.referralTarget(referral.target)), date: format.day(referral.sentOn), status: labels.referralStatus(referral.status) }) }]
            : []),
        ]}
      />
      <Text size="sm" c="dimmed">
        {t("panel.decision.summary")}
      </Text>
      <Text dir="auto" style={{ whiteSpace: "pre-wrap" }}>
        {decision.discussionSummary}
      </Text>
      {decision.actions.length === 0 ? (
        <Text size="sm">{t("panel.decision.noActions")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs">
            <Table.Caption>{t("panel.decision.actionsCaption")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("panel.actions.description")}</Table.Th>
                <Table.Th scope="col">{t("panel.actions.owner")}</Table.Th>
                <Table.Th scope="col">{t("panel.actions.due")}</Table.Th>
                <Table.Th scope="col">{t("panel.actions.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {decision.actions.map((action) => (
                <Table.Tr key={action.id}>
                  <Table.Td dir="auto">{action.description}</Table.Td>
                  <Table.Td>{action.ownerName ? <bdi>{action.ownerName}</bdi> : t("panel.actions.noOwner")}</Table.Td>
                  <Table.Td>{format.day(action.dueOn)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={action.isOverdue ? "red" : action.status === "done" ? "teal" : "gray"}>
                      {action.isOverdue ? t("panel.actions.overdue") : labels.actionStatus(action.status)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
