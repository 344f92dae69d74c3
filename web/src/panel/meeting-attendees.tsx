/**
 * Who attends a meeting: name, organisation, role on the panel, staff or outside, and (for the
 * safeguarding lead) whether each may see the agenda's cases, with the reason in plain words if not.
 * The lead records who actually came.
 */
import { Badge, Button, Checkbox, Group, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MeetingDetail } from "../../../core/api/panel.js";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { isolate } from "../i18n/format.js";
import { panelApi } from "./panel-api.js";
import { panelLabels } from "./panel-labels.js";

export function MeetingAttendees({ meeting, onSaved }: { meeting: MeetingDetail; onSaved: (next: MeetingDetail) => void }) {
  const { t } = useTranslation();
  const labels = panelLabels(t);
  const canRecord = meeting.abilities.recordAttendance;
  const [attended, setAttended] = useState<Record<string, boolean>>(() => Object.fromEntries(meeting.attendees.map((attendee) => [attendee.memberId, attendee.attended ?? false])));
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  async function save(): Promise<void> {
    setIsSaving(true);
    setError(null);
    try {
      onSaved(await panelApi.recordAttendance(meeting.id, meeting.attendees.map((attendee) => ({ memberId: attendee.memberId, attended: attended[attendee.memberId] ?? false }))));
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <Stack gap="sm">
      <FormError message={error} />
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing="sm">
          <Table.Caption>{t("panel.attendees.caption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("panel.attendees.name")}</Table.Th>
              <Table.Th scope="col">{t("panel.attendees.role")}</Table.Th>
              {meeting.abilities.edit && <Table.Th scope="col">{t("panel.attendees.access")}</Table.Th>}
              <Table.Th scope="col">{t("panel.attendees.attended")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meeting.attendees.map((attendee) => (
              <Table.Tr key={attendee.memberId}>
                <Table.Td>
                  <Text size="sm" fw={600} component="bdi">
                    {attendee.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    <bdi>{attendee.memberOrganisation}</bdi>
                    {" · "}
                    {t(`panel.members.kinds.${attendee.kind}`)}
                  </Text>
                </Table.Td>
                <Table.Td>{labels.panelRole(attendee.panelRole)}</Table.Td>
                {meeting.abilities.edit && (
                  <Table.Td>
                    {attendee.accessBlockedBy ? (
                      <Badge color="orange" variant="light">
                        {labels.refusal(attendee.accessBlockedBy)}
                      </Badge>
                    ) : (
                      <Text size="sm">{t("panel.attendees.canSee")}</Text>
                    )}
                  </Table.Td>
                )}
                <Table.Td>
                  {canRecord ? (
                    <Checkbox
                      label={t("panel.attendees.cameNamed", { name: isolate(attendee.name) })}
                      checked={attended[attendee.memberId] ?? false}
                      onChange={(event) => {
                        const isChecked = event.currentTarget.checked;
                        setAttended((current) => ({ ...current, [attendee.memberId]: isChecked }));
                      }}
                    />
                  ) : (
                    <Text size="sm">{attendee.attended === null ? t("panel.attendees.notRecorded") : attendee.attended ? t("panel.attendees.came") : t("panel.attendees.absent")}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {canRecord && (
        <Group>
          <Button variant="default" loading={isSaving} onClick={() => void save()}>
            {t("panel.attendees.save")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
