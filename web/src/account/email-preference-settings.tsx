/**
 * How the user's alerts are emailed: at once, or one digest a day at an hour on the London clock.
 * The same schema as the server checks the choice; the page says when the organisation sends no
 * email at all, as the choice then waits until it does.
 */
import { Button, Group, Radio, Select, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { emailPreferenceBodySchema, type EmailMode } from "../../../core/api/calendar-email.js";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { calendarEmailApi } from "./calendar-email-api.js";

const hours = Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: `${String(hour).padStart(2, "0")}:00` }));

export function EmailPreferenceSettings() {
  const { t } = useTranslation();
  const { state, replace } = useLoad(() => calendarEmailApi.emailPreference(), []);
  const [mode, setMode] = useState<EmailMode>("immediate");
  const [hour, setHour] = useState("8");
  const [status, setStatus] = useState<"idle" | "saving" | "saved">("idle");
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (state.status !== "ready") return;
    setMode(state.data.mode);
    setHour(String(state.data.digestHour));
  }, [state]);

  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} />;

  async function save(): Promise<void> {
    const parsed = emailPreferenceBodySchema.safeParse({ mode, digestHour: Number(hour) });
    if (!parsed.success) return;
    setStatus("saving");
    setError(null);
    try {
      replace(await calendarEmailApi.saveEmailPreference(parsed.data));
      setStatus("saved");
    } catch (failure) {
      setStatus("idle");
      setError(errorMessage(failure, t));
    }
  }

  return (
    <Stack gap="sm">
      {!state.data.isEmailConfigured && <Text size="sm">{t("emailDigest.notConfigured")}</Text>}
      <Radio.Group
        label={t("emailDigest.modeLabel")}
        value={mode}
        onChange={(value) => {
          setMode(value === "daily_digest" ? "daily_digest" : "immediate");
          setStatus("idle");
        }}
      >
        <Stack mt="xs" gap="xs">
          <Radio value="immediate" label={t("emailDigest.immediate")} description={t("emailDigest.immediateHelp")} />
          <Radio value="daily_digest" label={t("emailDigest.daily")} description={t("emailDigest.dailyHelp")} />
        </Stack>
      </Radio.Group>
      {mode === "daily_digest" && (
        <Select
          label={t("emailDigest.hourLabel")}
          description={t("emailDigest.hourHelp")}
          data={hours}
          value={hour}
          onChange={(value) => {
            if (value !== null) setHour(value);
            setStatus("idle");
          }}
          allowDeselect={false}
          maw={420}
        />
      )}
      <FormError message={error} />
      <Group>
        <Button loading={status === "saving"} onClick={() => void save()}>
          {t("emailDigest.save")}
        </Button>
        <Text size="sm" role="status">
          {status === "saved" ? t("emailDigest.saved") : ""}
        </Text>
      </Group>
    </Stack>
  );
}
