/** How to choose a password, in plain words (NCSC advice: a long passphrase, not complex rules). */
import { List, Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function PasswordGuidance() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" bg="gray.0" role="note" aria-labelledby="password-guidance-title">
      <Text fw={600} id="password-guidance-title" mb="xs">
        {t("password.guidanceTitle")}
      </Text>
      <List spacing="xs" size="sm">
        <List.Item>{t("password.threeWords")}</List.Item>
        <List.Item>{t("password.length")}</List.Item>
        <List.Item>{t("password.refused")}</List.Item>
        <List.Item>{t("password.unique")}</List.Item>
      </List>
    </Paper>
  );
}
