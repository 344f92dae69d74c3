/**
 * The side navigation's links; the current page is marked for screen readers as well as visually.
 * The shell's navbar is already the <nav> landmark, so this is not another one inside it.
 */
import { NavLink, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router-dom";
import { useCurrentSite } from "../session/current-site.js";
import { useSignedInSession } from "../session/session-context.js";
import { isActive, navigationFor } from "./navigation.js";

export function NavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const session = useSignedInSession();
  const { site } = useCurrentSite();
  const { pathname } = useLocation();
  return (
    <Stack gap={4}>
      {navigationFor(session, site?.id ?? null).map((item) => {
        const active = isActive(item, pathname);
        return (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={t(item.labelKey)}
            active={active}
            aria-current={active ? "page" : undefined}
            onClick={onNavigate}
            className="nav-link"
            variant="light"
          />
        );
      })}
    </Stack>
  );
}
