/**
 * The safeguarding lead records that an attendee declared a conflict of interest on one agenda
 * case (said at the meeting, or told beforehand): from then on that member does not see the case
 * and takes no part in its decision. Declaring twice changes nothing, so only attendees not yet
 * conflicted on the case are offered.
 */
import { Button, Group, Radio, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MeetingDetail } from "../../../core/api/panel.js";
import { errorMessage } from "../api/error-messages.js";
import { AppModal } from "../components/app-modal.js";
import { FormError } from "../components/form-error.js";
import { isolate, isolateReference } from "../i18n/format.js";
import { panelApi } from "./panel-api.js";

type AgendaItem = MeetingDetail["agenda"][number];

interface RecordConflictDialogProps {
  meeting: MeetingDetail;
  /** The agenda case, or null when the dialog is closed. */
  item: AgendaItem | null;
  onClose: () => void;
  onRecorded: (next: MeetingDetail, memberName: string) => void;
}

export function RecordConflictDialog({ meeting, item, onClose, onRecorded }: RecordConflictDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={item !== null} onClose={onClose} title={t("panel.conflict.title")}>
      {item && <ConflictForm meeting={meeting} item={item} onCancel={onClose} onRecorded={onRecorded} />}
    </AppModal>
  );
}

/** The attendees who have not declared a conflict on this case yet. */
export const conflictCandidates = (meeting: MeetingDetail, item: AgendaItem) => meeting.attendees.filter((attendee) => !item.conflictedMemberIds.includes(attendee.memberId));

function ConflictForm({ meeting, item, onCancel, onRecorded }: { meeting: MeetingDetail; item: AgendaItem; onCancel: () => void; onRecorded: RecordConflictDialogProps["onRecorded"] }) {
  const { t } = useTranslation();
  const candidates = conflictCandidates(meeting, item);
  const [memberId, setMemberId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  async function submit(): Promise<void> {
    const chosen = candidates.find((candidate) => candidate.memberId === memberId);
    if (!chosen) {
      setFieldError(t("panel.conflict.chooseMember"));
      return;
    }
    setIsSaving(true);
    setError(null);
    try {
      onRecorded(await panelApi.recordConflict(meeting.id, item.caseId, chosen.memberId), chosen.name);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack>
        <FormError message={error} />
        <Text size="sm">{t("panel.conflict.intro", { reference: isolateReference(item.caseReference) })}</Text>
        <Radio.Group
          label={t("panel.conflict.member")}
          required
          withAsterisk={false}
          value={memberId}
          error={fieldError}
          onChange={(value) => {
            setMemberId(value);
            setFieldError(null);
          }}
        >
          <Stack gap={6} mt="xs">
            {candidates.map((attendee) => (
              <Radio key={attendee.memberId} value={attendee.memberId} label={t("panel.meetingForm.attendee", { name: isolate(attendee.name), organisation: isolate(attendee.memberOrganisation) })} />
            ))}
          </Stack>
        </Radio.Group>
        <Text size="sm" c="dimmed">
          {t("panel.conflict.effect")}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={isSaving}>
            {t("panel.conflict.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
