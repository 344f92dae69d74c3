/** A user's state at a glance: active or not, invitation accepted, second factor on. */
import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { User } from "../../../core/api/admin.js";

export function UserBadges({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      {user.isActive ? (
        <Badge color="green" variant="light">{t("users.status.active")}</Badge>
      ) : (
        <Badge color="gray" variant="light">{t("users.status.deactivated")}</Badge>
      )}
      {!user.hasAcceptedInvitation && <Badge color="yellow" variant="light">{t("users.status.invited")}</Badge>}
      {user.hasSecondFactor && <Badge color="blue" variant="light">{t("users.status.secondFactor")}</Badge>}
    </Group>
  );
}
