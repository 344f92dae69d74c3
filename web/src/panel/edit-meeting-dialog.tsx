/**
 * Changing a meeting (the safeguarding lead): the same form as scheduling (meeting-form.tsx),
 * filled in from the meeting, with the version seen. If someone changed the meeting meanwhile the
 * server refuses (409), and the lead is told to reload it rather than overwrite the other change.
 */
import { Alert, Button, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { updateMeetingBodySchema, type MeetingDetail } from "../../../core/api/panel.js";
import { hasCode } from "../api/error-messages.js";
import { AppModal } from "../components/app-modal.js";
import { hoursOf, localInputOf } from "./meeting-form-fields.js";
import { MeetingForm, type AttendeeOption } from "./meeting-form.js";
import { panelApi } from "./panel-api.js";

interface EditMeetingDialogProps {
  meeting: MeetingDetail;
  opened: boolean;
  onClose: () => void;
  onSaved: (next: MeetingDetail) => void;
  /** Loads the meeting afresh (after a change made by someone else). */
  onReload: () => void;
}

export function EditMeetingDialog({ meeting, opened, onClose, onSaved, onReload }: EditMeetingDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t("panel.editMeeting.title")} size="lg">
      {opened && <EditForm meeting={meeting} onCancel={onClose} onSaved={onSaved} onReload={onReload} />}
    </AppModal>
  );
}

/** The site's active members, and anyone already attending whatever their state, so no attendee silently drops off. */
function attendeeOptionsOf(meeting: MeetingDetail): AttendeeOption[] {
  const attending = new Set(meeting.attendees.map((attendee) => attendee.memberId));
  return meeting.memberOptions
    .filter((option) => option.accessBlockedBy !== "inactive" || attending.has(option.memberId))
    .map((option) => ({ ...option, panelRole: meeting.attendees.find((attendee) => attendee.memberId === option.memberId)?.panelRole ?? null }));
}

function EditForm({ meeting, onCancel, onSaved, onReload }: { meeting: MeetingDetail; onCancel: () => void; onSaved: (next: MeetingDetail) => void; onReload: () => void }) {
  const { t } = useTranslation();
  const [isStale, setIsStale] = useState(false);

  async function save(body: Parameters<typeof panelApi.updateMeeting>[1]): Promise<void> {
    try {
      onSaved(await panelApi.updateMeeting(meeting.id, body));
    } catch (error) {
      if (!hasCode(error, "conflict")) throw error;
      setIsStale(true);
    }
  }

  const stale = isStale && (
    <Alert color="orange" variant="light" role="alert" title={t("panel.editMeeting.staleTitle")}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t("panel.editMeeting.staleBody")}</Text>
        <Button variant="default" size="xs" onClick={onReload}>
          {t("panel.editMeeting.reload")}
        </Button>
      </Stack>
    </Alert>
  );

  return (
    <MeetingForm
      initialValues={{
        startsAt: localInputOf(meeting.startsAt),
        endsAt: localInputOf(meeting.endsAt),
        location: meeting.location,
        hoursBefore: hoursOf(meeting.minutesBefore),
        hoursAfter: hoursOf(meeting.minutesAfter),
        attendeeIds: meeting.attendees.map((attendee) => attendee.memberId),
      }}
      attendeeOptions={attendeeOptionsOf(meeting)}
      schema={updateMeetingBodySchema}
      bodyOf={(fields) => ({ ...fields, version: meeting.version })}
      onSubmit={save}
      onCancel={onCancel}
      submitLabel={t("panel.editMeeting.submit")}
      notice={stale}
    />
  );
}
