/**
 * A meeting's agenda as the viewer may see it: initials (never a name), age band, reference, the
 * areas of concern, urgent, and whether the panel has decided. Each case opens its redacted summary.
 */
import { Anchor, Badge, Group, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { MeetingDetail } from "../../../core/api/panel.js";
import { useDemographicLabels } from "../clients/demographic-labels.js";
import { Reference } from "../components/reference.js";
import { isolateReference } from "../i18n/format.js";
import { DecisionBadge, UrgentBadge } from "./panel-badges.js";

export function MeetingAgenda({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const demographics = useDemographicLabels();
  const isLead = meeting.abilities.edit;
  if (meeting.agenda.length === 0) {
    return <Text>{meeting.myAccess && !meeting.myAccess.isOpen ? t("panel.meeting.agendaClosed") : t("panel.meeting.agendaEmpty")}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm">
        <Table.Caption>{t("panel.meeting.agendaCaption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("panel.summary.initials")}</Table.Th>
            <Table.Th scope="col">{t("panel.summary.ageBand")}</Table.Th>
            <Table.Th scope="col">{t("panel.summary.reference")}</Table.Th>
            <Table.Th scope="col">{t("panel.summary.domains")}</Table.Th>
            <Table.Th scope="col">{t("panel.meeting.decided")}</Table.Th>
            <Table.Th scope="col">{t("common.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meeting.agenda.map((item) => (
            <Table.Tr key={item.escalationId}>
              <Table.Td>
                <Group gap={6}>
                  <Text fw={600} component="bdi">
                    {item.initials ?? t("panel.summary.noInitials")}
                  </Text>
                  {item.isUrgent && <UrgentBadge />}
                </Group>
              </Table.Td>
              <Table.Td>{demographics.ageBand(item.ageBand)}</Table.Td>
              <Table.Td>
                <Reference value={item.caseReference} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.vulnerabilityDomains.map((domain) => t(`assessments.domains.${domain}`, { defaultValue: domain })).join(t("panel.listSeparator")) || t("panel.summary.noneRecorded")}</Text>
              </Table.Td>
              <Table.Td>
                {item.decision ? <DecisionBadge kind={item.decision.kind} /> : <Text size="sm">{t("panel.meeting.notDecided")}</Text>}
                {isLead && item.conflictedMemberIds.length > 0 && (
                  <Badge color="orange" variant="light" mt={4}>
                    {t("panel.meeting.conflicts", { count: item.conflictedMemberIds.length })}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/panel/meetings/${meeting.id}/cases/${item.caseId}`} size="sm" aria-label={t("panel.meeting.openCaseNamed", { reference: isolateReference(item.caseReference) })}>
                  {t("panel.meeting.openCase")}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
