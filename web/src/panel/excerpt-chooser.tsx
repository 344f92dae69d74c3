/**
 * The safeguarding lead chooses the session-note passages the panel may read (nothing else from the
 * notes reaches it). Pick a session, open its notes (an audited read, only on a click), select or
 * paste a passage: it must appear word for word in those notes, which the server checks.
 */
import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { excerptsBodySchema, maxExcerpts, type EscalationDetail } from "../../../core/api/panel.js";
import { errorMessage } from "../api/error-messages.js";
import { AppModal } from "../components/app-modal.js";
import { chooseFirst } from "../components/choose-first.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { useServerForm } from "../forms/use-server-form.js";
import { useFormat } from "../i18n/format.js";
import { sessionsApi, type SessionDetail } from "../sessions/sessions-api.js";
import { panelApi } from "./panel-api.js";
import { useForm } from "@mantine/form";

interface Excerpt {
  sessionId: string;
  text: string;
}

interface ExcerptChooserProps {
  escalation: EscalationDetail;
  opened: boolean;
  onClose: () => void;
  onSaved: (next: EscalationDetail) => void;
}

export function ExcerptChooser({ escalation, opened, onClose, onSaved }: ExcerptChooserProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t("panel.excerpts.title")} size="xl">
      {opened && <ChooserForm escalation={escalation} onCancel={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

function ChooserForm({ escalation, onCancel, onSaved }: { escalation: EscalationDetail; onCancel: () => void; onSaved: (next: EscalationDetail) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const form = useForm<{ excerpts: Excerpt[] }>({ initialValues: { excerpts: escalation.excerpts.map(({ sessionId, text }) => ({ sessionId, text })) } });
  const { formError, handleSubmit } = useServerForm(form);
  const sessions = useLoad(() => sessionsApi.forCase(escalation.caseId, 1, 100), [escalation.caseId]);
  const dateOf = (sessionId: string) => {
    const known = escalation.excerpts.find((excerpt) => excerpt.sessionId === sessionId);
    if (known) return format.day(known.sessionDate);
    const session = sessions.state.status === "ready" ? sessions.state.data.items.find((item) => item.id === sessionId) : undefined;
    return session ? format.dateTime(session.startsAt) : "";
  };
  const submit = handleSubmit(async (values) => onSaved(await panelApi.chooseExcerpts(escalation.id, excerptsBodySchema.parse({ excerpts: values.excerpts, version: escalation.version }))));
  const excerpts = form.values.excerpts;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t("panel.excerpts.intro")}</Text>
        <FormError message={formError} />
        {excerpts.length === 0 ? (
          <Text>{t("panel.excerpts.noneChosen")}</Text>
        ) : (
          <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: "none" }}>
            {excerpts.map((excerpt, index) => (
              <Paper key={`${excerpt.sessionId}-${index}`} withBorder p="sm" component="li">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Stack gap={2}>
                    <Text size="xs" c="dimmed">
                      {t("panel.excerpts.fromSession", { date: dateOf(excerpt.sessionId) })}
                    </Text>
                    <Text size="sm" dir="auto" style={{ whiteSpace: "pre-wrap" }}>
                      {excerpt.text}
                    </Text>
                    {form.errors[`excerpts.${index}.text`] && (
                      <Text size="sm" c="red">
                        {form.errors[`excerpts.${index}.text`]}
                      </Text>
                    )}
                  </Stack>
                  <Button size="xs" variant="subtle" color="red" onClick={() => form.removeListItem("excerpts", index)} aria-label={t("panel.excerpts.removeNamed", { number: index + 1 })}>
                    {t("panel.excerpts.remove")}
                  </Button>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
        {sessions.state.status === "failed" && <LoadFailed error={sessions.state.error} onRetry={sessions.reload} />}
        {sessions.state.status === "ready" && excerpts.length < maxExcerpts && (
          <PassagePicker
            sessions={sessions.state.data.items.filter((session) => session.hasNotes).map((session) => ({ value: session.id, label: format.dateTime(session.startsAt) }))}
            onAdd={(excerpt) => form.insertListItem("excerpts", excerpt)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t("panel.excerpts.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PassagePicker({ sessions, onAdd }: { sessions: { value: string; label: string }[]; onAdd: (excerpt: Excerpt) => void }) {
  const { t } = useTranslation();
  const [sessionId, setSessionId] = useState("");
  const [opened, setOpened] = useState<SessionDetail | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [isOpening, setIsOpening] = useState(false);
  const [passage, setPassage] = useState("");
  const notes = useRef<HTMLTextAreaElement>(null);

  if (sessions.length === 0) return <Text size="sm">{t("panel.excerpts.noNotes")}</Text>;

  async function openNotes(): Promise<void> {
    setIsOpening(true);
    setOpenError(null);
    try {
      setOpened(await sessionsApi.open(sessionId));
    } catch (error) {
      setOpenError(errorMessage(error, t));
    } finally {
      setIsOpening(false);
    }
  }

  function takeSelection(): void {
    const area = notes.current;
    if (area && area.selectionEnd > area.selectionStart) setPassage(area.value.slice(area.selectionStart, area.selectionEnd).trim());
  }

  return (
    <Paper withBorder p="md" bg="gray.0">
      <Stack gap="sm">
        <Text fw={600}>{t("panel.excerpts.addTitle")}</Text>
        <Group align="flex-end">
          <NativeSelect
            label={t("panel.excerpts.session")}
            data={chooseFirst(t("panel.choose"), sessions)}
            value={sessionId}
            onChange={(event) => {
              setSessionId(event.currentTarget.value);
              setOpened(null);
            }}
          />
          <Button variant="default" onClick={() => void openNotes()} disabled={!sessionId} loading={isOpening}>
            {t("panel.excerpts.openNotes")}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t("panel.excerpts.openNotesHint")}
        </Text>
        <FormError message={openError} />
        {opened && (
          <>
            <Textarea ref={notes} label={t("panel.excerpts.notes")} description={t("panel.excerpts.notesHint")} value={opened.notes ?? ""} readOnly autosize minRows={4} maxRows={12} dir="auto" />
            <Group>
              <Button size="xs" variant="default" onClick={takeSelection}>
                {t("panel.excerpts.useSelection")}
              </Button>
            </Group>
          </>
        )}
        <Textarea label={t("panel.excerpts.passage")} description={t("panel.excerpts.passageHint")} value={passage} onChange={(event) => setPassage(event.currentTarget.value)} autosize minRows={2} maxLength={1500} dir="auto" />
        <Group>
          <Button
            variant="light"
            disabled={!sessionId || passage.trim() === ""}
            onClick={() => {
              onAdd({ sessionId, text: passage.trim() });
              setPassage("");
            }}
          >
            {t("panel.excerpts.add")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
