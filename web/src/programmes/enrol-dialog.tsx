/**
 * Enrolling the client in a programme: choose one the organisation offers (not one they are already
 * in), see its phases, and confirm. The enrolment starts in the first phase, on the programme's
 * current version, which it keeps.
 */
import { Button, Group, List, NativeSelect, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-messages.js";
import { AppModal } from "../components/app-modal.js";
import { chooseFirst } from "../components/choose-first.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { programmesApi, type EnrolmentDetail } from "./programmes-api.js";

interface EnrolDialogProps {
  opened: boolean;
  caseId: string;
  /** Programmes the client is in a phase of now, which cannot be joined twice. */
  enrolled: readonly string[];
  onClose: () => void;
  onEnrolled: (enrolment: EnrolmentDetail) => void;
}

export function EnrolDialog({ opened, onClose, ...form }: EnrolDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t("programmes.enrol.title")} size="lg">
      {opened && <EnrolForm {...form} onCancel={onClose} />}
    </AppModal>
  );
}

function EnrolForm({ caseId, enrolled, onEnrolled, onCancel }: Omit<EnrolDialogProps, "opened" | "onClose"> & { onCancel: () => void }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad(() => programmesApi.list(), []);
  const [key, setKey] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const offered = state.data.items.filter((programme) => !programme.isRetired && !enrolled.includes(programme.key));
  const chosen = offered.find((programme) => programme.key === key);

  async function enrol(): Promise<void> {
    if (!chosen) {
      setProblem(t("programmes.enrol.choosePrompt"));
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      onEnrolled(await programmesApi.enrol(caseId, chosen.key));
    } catch (failure) {
      setError(errorMessage(failure, t));
      setIsBusy(false);
    }
  }

  if (offered.length === 0) {
    return (
      <Stack>
        <Text>{t("programmes.enrol.noneOffered")}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.close")}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void enrol();
      }}
    >
      <Stack>
        <FormError message={error} />
        <NativeSelect
          label={t("programmes.enrol.programme")}
          data={chooseFirst(t("programmes.enrol.choose"), offered.map((programme) => ({ value: programme.key, label: programme.title })))}
          value={key}
          onChange={(event) => {
            setKey(event.currentTarget.value);
            setProblem(null);
          }}
          error={problem}
          required
          data-autofocus
        />
        {chosen && (
          <Stack gap={4}>
            <Text size="sm" dir="auto">
              {chosen.description}
            </Text>
            <Text size="sm" fw={600}>
              {t("programmes.enrol.phases", { count: chosen.phases.length })}
            </Text>
            <List size="sm" type="ordered">
              {chosen.phases.map((phase) => (
                <List.Item key={phase.id}>
                  <bdi>{phase.title}</bdi>
                </List.Item>
              ))}
            </List>
            <Text size="sm" c="dimmed">
              {t("programmes.enrol.startsFirst")}
            </Text>
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={isBusy}>
            {t("programmes.enrol.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
