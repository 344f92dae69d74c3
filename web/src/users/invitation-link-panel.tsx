/**
 * A freshly issued invitation link, shown once. Only its hash is kept on the server, so it cannot be
 * shown again; the administrator must pass it on themselves, by a channel only the new user reads.
 */
import { Alert, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CopyText } from "../components/copy-text.js";
import { useFormat } from "../i18n/format.js";
import type { InvitationIssued } from "./users-api.js";

export function InvitationLinkPanel({ issued }: { issued: InvitationIssued }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Alert color="pathways" variant="light" title={t("users.invitation.title", { name: issued.user.displayName })}>
      <Stack gap="sm">
        <Text>{t("users.invitation.shownOnce")}</Text>
        <CopyText value={issued.invitationUrl} copyLabel={t("users.invitation.linkName")} />
        <List spacing={4} size="sm">
          <List.Item>{t("users.invitation.passOnSecurely", { email: issued.user.email })}</List.Item>
          <List.Item>{t("users.invitation.expires", { date: format.dateTime(issued.invitationExpiresAt) })}</List.Item>
          <List.Item>{t("users.invitation.reissue")}</List.Item>
        </List>
      </Stack>
    </Alert>
  );
}
