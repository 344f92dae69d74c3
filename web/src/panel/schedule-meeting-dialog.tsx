/**
 * Scheduling a panel meeting (the safeguarding lead): the meeting form (meeting-form.tsx) with the
 * site's active members to choose from, and the papers open 72 hours before and 24 after unless
 * changed.
 */
import { useTranslation } from "react-i18next";
import { createMeetingBodySchema } from "../../../core/api/panel.js";
import { AppModal } from "../components/app-modal.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { MeetingForm, type AttendeeOption } from "./meeting-form.js";
import { panelApi } from "./panel-api.js";

export function ScheduleMeetingDialog({ siteId, opened, onClose, onScheduled }: { siteId: string; opened: boolean; onClose: () => void; onScheduled: (meetingId: string) => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t("panel.schedule.title")} size="lg">
      {opened && <ScheduleForm siteId={siteId} onCancel={onClose} onScheduled={onScheduled} />}
    </AppModal>
  );
}

function ScheduleForm({ siteId, onCancel, onScheduled }: { siteId: string; onCancel: () => void; onScheduled: (meetingId: string) => void }) {
  const { t } = useTranslation();
  const members = useLoad(() => panelApi.members(siteId), [siteId]);
  if (members.state.status === "loading") return <Loading />;
  if (members.state.status === "failed") return <LoadFailed error={members.state.error} onRetry={members.reload} />;
  const options: AttendeeOption[] = members.state.data.items
    .filter((member) => member.isActive)
    .map((member) => ({ memberId: member.id, name: member.name, memberOrganisation: member.memberOrganisation, panelRole: member.panelRole, accessBlockedBy: member.accessBlockedBy }));

  return (
    <MeetingForm
      initialValues={{ startsAt: "", endsAt: "", location: "", hoursBefore: 72, hoursAfter: 24, attendeeIds: [] }}
      attendeeOptions={options}
      schema={createMeetingBodySchema}
      bodyOf={(fields) => ({ siteId, ...fields })}
      onSubmit={async (body) => onScheduled((await panelApi.scheduleMeeting(body)).id)}
      onCancel={onCancel}
      submitLabel={t("panel.schedule.submit")}
    />
  );
}
