/**
 * The signed-in frame: a skip link, the header (organisation, site, language, alerts, user), the side
 * navigation (a drawer on small screens) and the page. Mirrors itself in right-to-left languages.
 */
import { AppShell, Burger, Container, Group, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router-dom";
import { LanguageSwitcher } from "../i18n/language-switcher.js";
import { AlertsLink } from "../notifications/alerts-link.js";
import { UnreadAlertsProvider } from "../notifications/unread-alerts.js";
import { CurrentSiteProvider } from "../session/current-site.js";
import { IdleWarning } from "../session/idle-warning.js";
import { useSignedInSession } from "../session/session-context.js";
import { NavLinks } from "./nav-links.js";
import { SiteSwitcher } from "./site-switcher.js";
import { UserMenu } from "./user-menu.js";

export function AppLayout() {
  const { t } = useTranslation();
  const session = useSignedInSession();
  const [isNavOpen, { toggle, close }] = useDisclosure(false);
  return (
    <CurrentSiteProvider>
      <UnreadAlertsProvider>
        <a className="skip-link" href="#main-content">
          {t("shell.skipToContent")}
        </a>
        <AppShell
          header={{ height: 64 }}
          navbar={{ width: 240, breakpoint: "md", collapsed: { mobile: !isNavOpen } }}
          padding="lg"
        >
          <AppShell.Header>
            <Group h="100%" px="md" justify="space-between" wrap="nowrap">
              {/* The organisation's name gives way first on a narrow screen, then the user's. */}
              <Group gap="sm" wrap="nowrap" className="header-identity">
                <Burger
                  opened={isNavOpen}
                  onClick={toggle}
                  hiddenFrom="md"
                  size="sm"
                  aria-label={t(isNavOpen ? "shell.closeNavigation" : "shell.openNavigation")}
                />
                <Stack gap={0} miw={0}>
                  <Text fw={700} c="pathways.8">
                    {t("app.name")}
                  </Text>
                  <Text size="sm" c="dimmed" className="organisation-name" dir="auto">
                    {session.organisation.name}
                  </Text>
                </Stack>
              </Group>
              <Group gap="sm" wrap="nowrap">
                <Group gap="sm" visibleFrom="md" wrap="nowrap">
                  <SiteSwitcher />
                  <LanguageSwitcher size="xs" />
                </Group>
                <AlertsLink />
                <UserMenu />
              </Group>
            </Group>
          </AppShell.Header>
          {/* Mantine renders the navbar as <nav>: the one navigation landmark, named here. */}
          <AppShell.Navbar p="md" aria-label={t("shell.navigation")}>
            <Stack gap="md" hiddenFrom="md" mb="md">
              <SiteSwitcher />
              <LanguageSwitcher size="xs" />
            </Stack>
            <NavLinks onNavigate={close} />
          </AppShell.Navbar>
          <AppShell.Main id="main-content" tabIndex={-1}>
            <Container size="lg" px={0}>
              <Outlet />
            </Container>
          </AppShell.Main>
        </AppShell>
        <IdleWarning />
      </UnreadAlertsProvider>
    </CurrentSiteProvider>
  );
}
