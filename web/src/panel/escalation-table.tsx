/**
 * Escalations as a table: the case, when it came, where it stands, its meeting and decision. Used on
 * the case's panel tab, the dashboard and a meeting's list of cases waiting for an agenda; each row
 * opens the escalation, and a page may add its own button (e.g. "Add to this meeting").
 */
import { Anchor, Group, Table, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { EscalationSummary } from "../../../core/api/panel.js";
import { Reference } from "../components/reference.js";
import { isolate, isolateReference, useFormat } from "../i18n/format.js";
import { DecisionBadge, EscalationStateBadge, UrgentBadge } from "./panel-badges.js";

interface EscalationTableProps {
  items: readonly EscalationSummary[];
  caption: string;
  /** Hidden on a case's own tab, where every row is the same case. */
  showCase?: boolean;
  /** Hidden in the queue, where nothing listed is decided yet. */
  showDecision?: boolean;
  action?: (escalation: EscalationSummary) => ReactNode;
}

export function EscalationTable({ items, caption, showCase = true, showDecision = true, action }: EscalationTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {showCase && <Table.Th scope="col">{t("panel.escalations.case")}</Table.Th>}
            <Table.Th scope="col">{t("panel.escalations.submitted")}</Table.Th>
            <Table.Th scope="col">{t("panel.escalations.state")}</Table.Th>
            <Table.Th scope="col">{t("panel.escalations.meeting")}</Table.Th>
            {showDecision && <Table.Th scope="col">{t("panel.escalations.decision")}</Table.Th>}
            <Table.Th scope="col">{t("common.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((escalation) => (
            <Table.Tr key={escalation.id}>
              {showCase && (
                <Table.Td>
                  <Reference value={escalation.caseReference} fw={600} />
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm">{format.dateTime(escalation.submittedAt)}</Text>
                {escalation.escalatedByName && (
                  <Text size="xs" c="dimmed">
                    {t("panel.escalations.by", { name: isolate(escalation.escalatedByName) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <EscalationStateBadge state={escalation.state} />
                  {escalation.isUrgent && <UrgentBadge />}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{escalation.meeting ? format.dateTime(escalation.meeting.startsAt) : t("panel.escalations.noMeeting")}</Text>
              </Table.Td>
              {showDecision && <Table.Td>{escalation.decisionKind ? <DecisionBadge kind={escalation.decisionKind} /> : <Text size="sm">{t("panel.escalations.noDecision")}</Text>}</Table.Td>}
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Anchor component={Link} to={`/panel/escalations/${escalation.id}`} size="sm" aria-label={t("panel.escalations.openNamed", { reference: isolateReference(escalation.caseReference), date: format.date(escalation.submittedAt) })}>
                    {t("panel.escalations.open")}
                  </Anchor>
                  {action?.(escalation)}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
