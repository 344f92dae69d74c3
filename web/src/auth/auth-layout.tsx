/**
 * The frame of the pages seen before the app proper (sign-in, second factor, invitation): the
 * product name, a language switch that works before anyone is signed in, and one centred card.
 */
import { Container, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFocusOnNavigation, usePageTitle } from "../components/page.js";
import { LanguageSwitcher } from "../i18n/language-switcher.js";

interface AuthLayoutProps {
  title: string;
  children: ReactNode;
  /** Wider card for pages with a QR code or a list of codes. */
  isWide?: boolean;
}

export function AuthLayout({ title, children, isWide }: AuthLayoutProps) {
  const { t } = useTranslation();
  usePageTitle(title);
  const heading = useFocusOnNavigation<HTMLHeadingElement>();
  return (
    <Container size={isWide ? 640 : 460} py="xl">
      <Stack gap="lg">
        <Group justify="space-between" wrap="wrap" component="header">
          <Text fw={700} size="xl" c="pathways.8">
            {t("app.name")}
          </Text>
          <LanguageSwitcher size="xs" />
        </Group>
        <Paper component="main" id="main-content" withBorder shadow="xs" p="xl" radius="md">
          <Stack gap="md">
            <Title order={1} ref={heading} tabIndex={-1} className="page-heading">
              {title}
            </Title>
            {children}
          </Stack>
        </Paper>
      </Stack>
    </Container>
  );
}
