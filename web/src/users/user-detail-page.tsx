/** One user: their details, their roles (editable when allowed) and the actions the server allows. */
import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import type { User } from "../../../core/api/admin.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { useLoad } from "../components/use-load.js";
import { useFormat } from "../i18n/format.js";
import { GrantList } from "./grant-list.js";
import { UserActions } from "./user-actions.js";
import { UserBadges } from "./user-badges.js";
import { UserRolesForm } from "./user-roles-form.js";
import { usersApi } from "./users-api.js";

export function UserDetailPage() {
  const { t } = useTranslation();
  const userId = useParams().userId ?? "";
  const { state, reload, replace } = useLoad(() => usersApi.get(userId), [userId]);

  if (state.status !== "ready") {
    return (
      <Page title={t("users.detailTitle")}>
        {state.status === "loading" ? <Loading /> : <LoadFailed error={state.error} onRetry={reload} />}
      </Page>
    );
  }
  const user = state.data;
  return (
    <Page title={user.displayName}>
      <Anchor component={Link} to="/users">
        {t("users.backToList")}
      </Anchor>
      <Section title={t("users.details")}>
        <UserBadges user={user} />
        <UserFacts user={user} />
      </Section>
      <Section title={t("users.roles")}>
        {user.abilities.edit ? <UserRolesForm user={user} onSaved={replace} /> : <GrantList grants={user.grants} />}
      </Section>
      <Section title={t("users.actions")}>
        <UserActions user={user} onChanged={reload} />
      </Section>
    </Page>
  );
}

function UserFacts({ user }: { user: User }) {
  const { t } = useTranslation();
  const format = useFormat();
  const facts: [string, ReactNode][] = [
    [t("users.email"), <bdi dir="ltr">{user.email}</bdi>],
    [t("users.language"), <span lang={user.language}>{t(`language.names.${user.language}`)}</span>],
    [t("users.lastSignIn"), user.lastSignInAt ? format.dateTime(user.lastSignInAt) : t("users.neverSignedIn")],
    [t("users.created"), format.dateTime(user.createdAt)],
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="dl">
      {facts.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" c="dimmed" mb={4}>
            {label}
          </Text>
          <Text component="dd" m={0}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
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
