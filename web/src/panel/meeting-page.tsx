/**
 * One panel meeting. Members see the agenda's cases (initials and age band, never a name) while the
 * access window is open, and are told when it opens or closed. The safeguarding lead also sees who
 * attends and whether each may see the cases (with the reason if not), changes the meeting, adds
 * accepted escalations to the agenda, records attendees' conflicts of interest and attendance,
 * prints the minutes and may cancel the meeting.
 */
import { Alert, Anchor, Badge, Button, Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import type { EscalationSummary, MeetingDetail } from "../../../core/api/panel.js";
import { errorMessage, hasCode } from "../api/error-messages.js";
import { ReasonDialog } from "../components/reason-dialog.js";
import { FactList } from "../components/fact-list.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { isolate, isolateReference, useFormat } from "../i18n/format.js";
import { EditMeetingDialog } from "./edit-meeting-dialog.js";
import { EscalationTable } from "./escalation-table.js";
import { MeetingAgenda } from "./meeting-agenda.js";
import { MeetingAttendees } from "./meeting-attendees.js";
import { panelApi } from "./panel-api.js";
import { PanelNotFound } from "./panel-not-found.js";

export function MeetingPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const meetingId = useParams().meetingId ?? "";
  const { state, reload, replace } = useLoad(() => panelApi.meeting(meetingId), [meetingId]);
  const [notice, setNotice] = useState<{ text: string; isProblem: boolean } | null>(null);
  const [isCancelling, setIsCancelling] = useState(false);
  const [isEditing, setIsEditing] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);

  if (state.status === "failed" && hasCode(state.error, "not_found")) return <PanelNotFound />;
  if (state.status !== "ready") {
    return <Page title={t("panel.meeting.loading")}>{state.status === "loading" ? <Loading /> : <LoadFailed error={state.error} onRetry={reload} />}</Page>;
  }
  const meeting = state.data;

  /** Accepts a waiting escalation onto this meeting, or moves one left on a cancelled meeting here. */
  async function addToAgenda(escalation: EscalationSummary): Promise<void> {
    const { id: escalationId, version } = escalation;
    setBusyId(escalationId);
    try {
      await panelApi.escalationEvent(escalationId, { type: escalation.state === "accepted" ? "move_to_meeting" : "accept", meetingId, version });
      setNotice({ text: t("panel.meeting.added"), isProblem: false });
      reload();
    } catch (error) {
      setNotice({ text: errorMessage(error, t), isProblem: true });
      if (hasCode(error, "conflict")) reload();
    } finally {
      setBusyId(null);
    }
  }

  async function cancel(reason: string): Promise<void> {
    replace(await panelApi.cancelMeeting(meetingId, { reason, version: meeting.version }));
    setIsCancelling(false);
    setNotice({ text: t("panel.meeting.cancelledDone"), isProblem: false });
  }

  return (
    <Page
      title={t("panel.meeting.title", { date: format.date(meeting.startsAt) })}
      actions={
        <Group gap="sm">
          {meeting.abilities.printMinutes && (
            <Button component="a" href={panelApi.minutesUrl(meeting.id)} target="_blank" rel="noopener" variant="default">
              {t("panel.meeting.printMinutes")}
            </Button>
          )}
          {meeting.abilities.edit && !meeting.isCancelled && (
            <Button variant="default" onClick={() => setIsEditing(true)}>
              {t("panel.editMeeting.button")}
            </Button>
          )}
          {meeting.abilities.cancel && !meeting.isCancelled && (
            <Button color="red" variant="light" onClick={() => setIsCancelling(true)}>
              {t("panel.meeting.cancel")}
            </Button>
          )}
        </Group>
      }
    >
      <Anchor component={Link} to="/panel/meetings">
        {t("panel.meeting.back")}
      </Anchor>
      {notice && (
        <Alert color={notice.isProblem ? "red" : "green"} variant="light" role={notice.isProblem ? "alert" : "status"} withCloseButton closeButtonLabel={t("common.close")} onClose={() => setNotice(null)}>
          {notice.text}
        </Alert>
      )}
      <MeetingFacts meeting={meeting} />
      <MyAccess meeting={meeting} />
      <Section title={t("panel.meeting.agenda")}>
        <MeetingAgenda
          meeting={meeting}
          onConflictRecorded={(next, memberName) => {
            replace(next);
            setNotice({ text: t("panel.conflict.recorded", { name: isolate(memberName) }), isProblem: false });
          }}
        />
      </Section>
      {meeting.abilities.edit && !meeting.isCancelled && (
        <Section title={t("panel.meeting.awaiting")}>
          <Text size="sm" c="dimmed">
            {t("panel.meeting.awaitingIntro")}
          </Text>
          {meeting.awaitingAgenda.length === 0 ? (
            <Text>{t("panel.meeting.awaitingNone")}</Text>
          ) : (
            <EscalationTable
              items={meeting.awaitingAgenda}
              caption={t("panel.meeting.awaitingCaption")}
              action={(escalation) => (
                <Button size="xs" loading={busyId === escalation.id} onClick={() => void addToAgenda(escalation)} aria-label={t("panel.rowAction", { action: t("panel.meeting.add"), row: isolateReference(escalation.caseReference) })}>
                  {t("panel.meeting.add")}
                </Button>
              )}
            />
          )}
        </Section>
      )}
      {meeting.attendees.length > 0 && (
        <Section title={t("panel.meeting.attendees")}>
          <MeetingAttendees key={meeting.version} meeting={meeting} onSaved={(next) => { replace(next); setNotice({ text: t("panel.meeting.attendanceSaved"), isProblem: false }); }} />
        </Section>
      )}
      <EditMeetingDialog
        meeting={meeting}
        opened={isEditing}
        onClose={() => setIsEditing(false)}
        onSaved={(next) => {
          replace(next);
          setIsEditing(false);
          setNotice({ text: t("panel.editMeeting.saved"), isProblem: false });
        }}
        onReload={() => {
          setIsEditing(false);
          reload();
        }}
      />
      <ReasonDialog
        opened={isCancelling}
        title={t("panel.meeting.cancelTitle")}
        intro={t("panel.meeting.cancelMessage")}
        label={t("panel.meeting.cancelReason")}
        confirmLabel={t("panel.meeting.cancel")}
        maxLength={500}
        onClose={() => setIsCancelling(false)}
        onSubmit={cancel}
      />
    </Page>
  );
}

function MeetingFacts({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section title={t("panel.meeting.details")}>
      {meeting.isCancelled && (
        <Group gap="xs">
          <Badge color="gray" variant="light">
            {t("panel.meetings.cancelled")}
          </Badge>
          {meeting.cancelReason && (
            <Text size="sm" dir="auto">
              {t("panel.meeting.cancelledBecause", { reason: meeting.cancelReason })}
            </Text>
          )}
        </Group>
      )}
      <FactList
        columns={3}
        facts={[
          { label: t("panel.meeting.starts"), value: format.dateTime(meeting.startsAt) },
          { label: t("panel.meeting.ends"), value: format.dateTime(meeting.endsAt) },
          { label: t("panel.meetings.location"), value: <bdi>{meeting.location}</bdi> },
          { label: t("panel.meeting.papersOpen"), value: format.dateTime(meeting.access.opensAt) },
          { label: t("panel.meeting.papersClose"), value: format.dateTime(meeting.access.closesAt) },
          { label: t("panel.meeting.site"), value: <bdi>{meeting.siteName}</bdi> },
        ]}
      />
    </Section>
  );
}

/** For an attending member: whether the cases can be read now, and if not, when that starts or ended. */
function MyAccess({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const mine = meeting.myAccess;
  if (!mine) return null;
  const isBefore = !mine.isOpen && Date.now() < Date.parse(mine.opensAt);
  return (
    <>
      <Alert color={mine.isOpen ? "blue" : "gray"} variant="light" role="status">
        {mine.isOpen
          ? t("panel.meeting.openUntil", { date: format.dateTime(mine.closesAt) })
          : isBefore
            ? t("panel.meeting.opensOn", { date: format.dateTime(mine.opensAt) })
            : t("panel.meeting.closedOn", { date: format.dateTime(mine.closesAt) })}
      </Alert>
      {meeting.hiddenForConflict > 0 && (
        <Alert color="gray" variant="light">
          {t("panel.meeting.hiddenForConflict", { count: meeting.hiddenForConflict })}
        </Alert>
      )}
    </>
  );
}
