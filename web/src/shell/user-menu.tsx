/** The signed-in user's menu: account settings and sign out. */
import { Button, Menu } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useSession, useSignedInSession } from "../session/session-context.js";

export function UserMenu() {
  const { t } = useTranslation();
  const session = useSignedInSession();
  const { signOut } = useSession();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" maw={{ base: 128, sm: 280 }} aria-label={t("shell.userMenu", { name: session.user.displayName })}>
          <span className="user-menu-name" dir="auto">
            {session.user.displayName}
          </span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{session.user.email}</Menu.Label>
        <Menu.Item component={Link} to="/account">
          {t("shell.accountSettings")}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={() => void signOut()}>{t("shell.signOut")}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
