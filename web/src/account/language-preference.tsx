/** The language the user's screens appear in, saved to their account. */
import { Group, Radio, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { languageSchema, languages } from "../../../core/api/auth.js";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { useLanguage } from "../i18n/use-language.js";

export function LanguagePreference() {
  const { t } = useTranslation();
  const { language, change } = useLanguage();
  const [status, setStatus] = useState<"idle" | "saved">("idle");
  const [error, setError] = useState<string | null>(null);

  async function choose(value: string): Promise<void> {
    const parsed = languageSchema.safeParse(value);
    if (!parsed.success) return;
    setError(null);
    try {
      await change(parsed.data);
      setStatus("saved");
    } catch (failure) {
      setStatus("idle");
      setError(errorMessage(failure, t));
    }
  }

  return (
    <Stack gap="sm">
      <Radio.Group label={t("account.languageLabel")} value={language} onChange={(value) => void choose(value)}>
        <Group mt="xs">
          {languages.map((value) => (
            <Radio key={value} value={value} label={<span lang={value}>{t(`language.names.${value}`)}</span>} />
          ))}
        </Group>
      </Radio.Group>
      <FormError message={error} />
      <Text size="sm" c="dimmed" role="status">
        {status === "saved" ? t("account.languageSaved") : t("account.languageHint")}
      </Text>
    </Stack>
  );
}
