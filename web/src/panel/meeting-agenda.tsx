/**
 * A meeting's agenda as the viewer may see it: initials (never a name), age band, reference, the
 * areas of concern, urgent, and whether the panel has decided. Each case opens its redacted summary.
 * The safeguarding lead also sees, per case, which attendees declared a conflict of interest, and
 * records one for an attendee.
 */
import { Anchor, Button, Group, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { MeetingDetail } from "../../../core/api/panel.js";
import { useDemographicLabels } from "../clients/demographic-labels.js";
import { Reference } from "../components/reference.js";
import { isolateReference } from "../i18n/format.js";
import { DecisionBadge, UrgentBadge } from "./panel-badges.js";
import { conflictCandidates, RecordConflictDialog } from "./record-conflict-dialog.js";

type AgendaItem = MeetingDetail["agenda"][number];

interface MeetingAgendaProps {
  meeting: MeetingDetail;
  /** After the lead recorded a conflict: the meeting as it now stands, and whose conflict it was. */
  onConflictRecorded?: (next: MeetingDetail, memberName: string) => void;
}

export function MeetingAgenda({ meeting, onConflictRecorded }: MeetingAgendaProps) {
  const { t } = useTranslation();
  const demographics = useDemographicLabels();
  const [conflictFor, setConflictFor] = useState<AgendaItem | null>(null);
  const isLead = meeting.abilities.edit;
  const canRecordConflict = isLead && meeting.abilities.declareConflict && onConflictRecorded !== undefined;
  if (meeting.agenda.length === 0) {
    return <Text>{meeting.myAccess && !meeting.myAccess.isOpen ? t("panel.meeting.agendaClosed") : t("panel.meeting.agendaEmpty")}</Text>;
  }
  const nameOf = (memberId: string) =>
    meeting.attendees.find((attendee) => attendee.memberId === memberId)?.name ?? meeting.memberOptions.find((option) => option.memberId === memberId)?.name ?? t("panel.unknownPerson");

  return (
    <>
      <Table.ScrollContainer minWidth={isLead ? 820 : 640}>
        <Table verticalSpacing="sm">
          <Table.Caption>{t("panel.meeting.agendaCaption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("panel.summary.initials")}</Table.Th>
              <Table.Th scope="col">{t("panel.summary.ageBand")}</Table.Th>
              <Table.Th scope="col">{t("panel.summary.reference")}</Table.Th>
              <Table.Th scope="col">{t("panel.summary.domains")}</Table.Th>
              <Table.Th scope="col">{t("panel.meeting.decided")}</Table.Th>
              {isLead && <Table.Th scope="col">{t("panel.conflict.column")}</Table.Th>}
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
                <Table.Td>{item.decision ? <DecisionBadge kind={item.decision.kind} /> : <Text size="sm">{t("panel.meeting.notDecided")}</Text>}</Table.Td>
                {isLead && (
                  <Table.Td>
                    {item.conflictedMemberIds.length === 0 ? (
                      <Text size="sm">{t("panel.conflict.none")}</Text>
                    ) : (
                      <Stack gap={2}>
                        {item.conflictedMemberIds.map((memberId) => (
                          <Text key={memberId} size="sm" component="bdi" display="block">
                            {nameOf(memberId)}
                          </Text>
                        ))}
                      </Stack>
                    )}
                  </Table.Td>
                )}
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor component={Link} to={`/panel/meetings/${meeting.id}/cases/${item.caseId}`} size="sm" aria-label={t("panel.meeting.openCaseNamed", { reference: isolateReference(item.caseReference) })}>
                      {t("panel.meeting.openCase")}
                    </Anchor>
                    {canRecordConflict && conflictCandidates(meeting, item).length > 0 && (
                      <Button size="xs" variant="default" onClick={() => setConflictFor(item)} aria-label={t("panel.conflict.recordNamed", { reference: isolateReference(item.caseReference) })}>
                        {t("panel.conflict.record")}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {canRecordConflict && (
        <RecordConflictDialog
          meeting={meeting}
          item={conflictFor}
          onClose={() => setConflictFor(null)}
          onRecorded={(next, memberName) => {
            setConflictFor(null);
            onConflictRecorded(next, memberName);
          }}
        />
      )}
    </>
  );
}
