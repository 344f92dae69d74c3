/**
 * A freshly issued one-time link, shown once: an invitation for a new colleague, or a password
 * reset for one who has forgotten theirs. Only its hash is kept on the server, so it cannot be shown
 * again; the administrator must pass it on themselves, by a channel only that person reads.
 */
import { Alert, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CopyText } from "../components/copy-text.js";
import { useFormat } from "../i18n/format.js";

export interface OneTimeLink {
  kind: "invitation" | "passwordReset";
  name: string;
  email: string;
  url: string;
  expiresAt: string;
}

export function OneTimeLinkPanel({ link }: { link: OneTimeLink }) {
  const { t } = useTranslation();
  const format = useFormat();
  const texts = `users.${link.kind}`;
  return (
    <Alert color="pathways" variant="light" title={t(`${texts}.title`, { name: link.name })}>
      <Stack gap="sm">
        <Text>{t("users.invitation.shownOnce")}</Text>
        <CopyText value={link.url} copyLabel={t("users.invitation.linkName")} />
        <List spacing={4} size="sm">
          <List.Item>{t(`${texts}.passOnSecurely`, { email: link.email, name: link.name })}</List.Item>
          <List.Item>{t("users.invitation.expires", { date: format.dateTime(link.expiresAt) })}</List.Item>
          <List.Item>{t(`${texts}.reissue`)}</List.Item>
        </List>
      </Stack>
    </Alert>
  );
}

export const invitationLink = (issued: { user: { displayName: string; email: string }; invitationUrl: string; invitationExpiresAt: string }): OneTimeLink => ({
  kind: "invitation",
  name: issued.user.displayName,
  email: issued.user.email,
  url: issued.invitationUrl,
  expiresAt: issued.invitationExpiresAt,
});
