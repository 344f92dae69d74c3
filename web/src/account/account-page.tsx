/** The user's own settings: language, password, second factor and personal API tokens. */
import { Alert, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router-dom";
import { Page } from "../components/page.js";
import { useSignedInSession } from "../session/session-context.js";
import { PersonalTokens } from "../integrations/personal-tokens.js";
import { CalendarFeedSettings } from "./calendar-feed-settings.js";
import { ChangePasswordForm } from "./change-password-form.js";
import { EmailPreferenceSettings } from "./email-preference-settings.js";
import { LanguagePreference } from "./language-preference.js";
import { SecondFactorStatus } from "./second-factor-status.js";

export function AccountPage() {
  const { t } = useTranslation();
  const { user } = useSignedInSession();
  const state: unknown = useLocation().state;
  const isNewlyEnrolled = Boolean(state && typeof state === "object" && "isNewlyEnrolled" in state);
  return (
    <Page title={t("account.title")}>
      {isNewlyEnrolled && (
        <Alert color="green" variant="light" role="status">
          {t("account.enrolledNotice")}
        </Alert>
      )}
      <Section title={t("account.profile")}>
        <Text fw={600}>{user.displayName}</Text>
        <Text>
          <bdi dir="ltr">{user.email}</bdi>
        </Text>
      </Section>
      <Section title={t("account.language")}>
        <LanguagePreference />
      </Section>
      <Section title={t("account.secondFactor")}>
        <SecondFactorStatus />
      </Section>
      <Section title={t("calendarFeed.title")}>
        <CalendarFeedSettings />
      </Section>
      <Section title={t("emailDigest.title")}>
        <EmailPreferenceSettings />
      </Section>
      <Section title={t("account.changePassword")}>
        <ChangePasswordForm />
      </Section>
      <Section title={t("integrations.accountSection")}>
        <PersonalTokens />
      </Section>
    </Page>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section">
      <Stack gap="sm">
        <Title order={2}>{title}</Title>
        {children}
      </Stack>
    </Paper>
  );
}
