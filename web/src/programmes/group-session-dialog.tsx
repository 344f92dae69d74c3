/**
 * One group session: when and where, who facilitated, and who came. Registered attendees are named
 * only where the user sees their case (the server records each name read); the others are counted.
 * Correcting the attendance changes only the attendees the user can see.
 */
import { Button, Group, List, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-messages.js";
import { AppModal } from "../components/app-modal.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { isolate, isolateReference, useFormat } from "../i18n/format.js";
import { AttendeePicker } from "./attendee-picker.js";
import { programmesApi, type GroupSessionDetail } from "./programmes-api.js";

interface GroupSessionDialogProps {
  groupSessionId: string | null;
  onClose: () => void;
  onChanged: () => void;
}

export function GroupSessionDialog({ groupSessionId, onClose, onChanged }: GroupSessionDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={groupSessionId !== null} onClose={onClose} title={t("programmes.groups.detail.title")} size="lg">
      {groupSessionId && <SessionView key={groupSessionId} groupSessionId={groupSessionId} onChanged={onChanged} />}
    </AppModal>
  );
}

function SessionView({ groupSessionId, onChanged }: { groupSessionId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, reload, replace } = useLoad(() => programmesApi.groupSession(groupSessionId), [groupSessionId]);
  const [isEditing, setIsEditing] = useState(false);
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const session = state.data;
  return (
    <Stack gap="sm">
      <Text fw={600} dir="auto">
        {session.programme.title}
      </Text>
      <Text size="sm">{t("programmes.groups.detail.when", { when: isolate(format.dateTime(session.startsAt)), count: session.durationMinutes })}</Text>
      <Text size="sm">{t("programmes.groups.detail.venue", { venue: isolate(session.venue) })}</Text>
      {session.topic && <Text size="sm">{t("programmes.groups.detail.topic", { topic: isolate(session.topic) })}</Text>}
      <Text size="sm">{t("programmes.groups.detail.facilitators", { names: session.facilitators.map((person) => isolate(person.name)).join(", ") })}</Text>
      {isEditing ? (
        <EditAttendance
          session={session}
          onCancel={() => setIsEditing(false)}
          onSaved={(next) => {
            replace(next);
            setIsEditing(false);
            onChanged();
          }}
        />
      ) : (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t("programmes.groups.detail.attendees")}
          </Text>
          {session.attendees.length > 0 && (
            <List size="sm">
              {session.attendees.map((attendee) => (
                <List.Item key={attendee.enrolmentId}>
                  <bdi>{attendee.name}</bdi> ({isolateReference(attendee.caseReference)})
                </List.Item>
              ))}
            </List>
          )}
          {session.otherRegisteredCount > 0 && <Text size="sm">{t("programmes.groups.detail.otherRegistered", { count: session.otherRegisteredCount })}</Text>}
          {session.registeredCount === 0 && <Text size="sm">{t("programmes.groups.detail.noRegistered")}</Text>}
          <Text size="sm">{t("programmes.groups.detail.anonymous", { count: session.anonymousHeadcount })}</Text>
          {session.canEdit && (
            <Group mt="xs">
              <Button variant="default" onClick={() => setIsEditing(true)}>
                {t("programmes.groups.detail.edit")}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}

function EditAttendance({ session, onCancel, onSaved }: { session: GroupSessionDetail; onCancel: () => void; onSaved: (next: GroupSessionDetail) => void }) {
  const { t } = useTranslation();
  const options = useLoad(() => programmesApi.groupSessionOptions(session.siteId, session.programme.key), [session.siteId, session.programme.key]);
  const [chosen, setChosen] = useState(session.attendees.map((attendee) => attendee.enrolmentId));
  const [headcount, setHeadcount] = useState<number | string>(session.anonymousHeadcount);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  if (options.state.status === "loading") return <Loading />;
  if (options.state.status === "failed") return <LoadFailed error={options.state.error} onRetry={options.reload} />;
  // Attendees already recorded stay choosable even if they have since left the programme.
  const offered = [...session.attendees, ...options.state.data.enrolments.filter((enrolment) => !session.attendees.some((attendee) => attendee.enrolmentId === enrolment.enrolmentId))];

  async function save(): Promise<void> {
    if (typeof headcount !== "number" || headcount < 0) {
      setError(t("programmes.groups.form.headcountNeeded"));
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      onSaved(await programmesApi.updateGroupSession(session.id, { attendeeEnrolmentIds: chosen, anonymousHeadcount: headcount }));
    } catch (failure) {
      setError(errorMessage(failure, t));
      setIsBusy(false);
    }
  }

  return (
    <Stack gap="sm">
      {session.otherRegisteredCount > 0 && <Text size="sm">{t("programmes.groups.detail.othersKept", { count: session.otherRegisteredCount })}</Text>}
      <FormError message={error} />
      <AttendeePicker enrolments={offered} chosen={chosen} onChosenChange={setChosen} headcount={headcount} onHeadcountChange={setHeadcount} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
        <Button onClick={() => void save()} loading={isBusy}>
          {t("programmes.groups.detail.save")}
        </Button>
      </Group>
    </Stack>
  );
}
