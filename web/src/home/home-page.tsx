/**
 * The first page after sign-in: who you are here, the work waiting for you at this site (referrals
 * to triage, your cases), what your roles mean in plain words, and what is coming for you. Shows
 * nothing that is not true of this user.
 */
import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Page } from "../components/page.js";
import { isolate } from "../i18n/format.js";
import { useCurrentSite } from "../session/current-site.js";
import { useSignedInSession } from "../session/session-context.js";
import { navigationFor } from "../shell/navigation.js";
import { workHere } from "../shell/work-here.js";
import { useOutreachHere } from "../outreach/outreach-here.js";
import { ThisWeeksOutreach } from "../outreach/sessions/this-weeks-outreach.js";
import { CaseloadSummary } from "./caseload-summary.js";
import { rolesAt } from "./roles-here.js";

export function HomePage() {
  const { t } = useTranslation();
  const session = useSignedInSession();
  const { site, worksAtSites } = useCurrentSite();
  const roles = rolesAt(session.grants, site?.id ?? null);
  const shortcuts = navigationFor(session, site?.id ?? null).filter((item) => item.to !== "/");
  const work = workHere(session, site?.id ?? null);
  const outreach = useOutreachHere();

  return (
    <Page title={t("home.welcome", { name: session.user.displayName })}>
      <Text size="lg">
        {site
          ? t("home.workingAt", { site: site.name })
          : worksAtSites
            ? t("home.noSite")
            : t("home.workingAcross", { organisation: isolate(session.organisation.name) })}
      </Text>
      {site && work.seesCases && (
        <Stack gap="sm">
          <Title order={2}>{t("cases.home.title")}</Title>
          <CaseloadSummary siteId={site.id} siteName={site.name} worksCaseload={work.worksCaseload} />
        </Stack>
      )}
      {/* Those who go out see this week's outreach first, to log a session from their phone as it ends. */}
      {outreach?.canWork && <ThisWeeksOutreach />}
      <Stack gap="sm">
        <Title order={2}>{t("home.yourRoles")}</Title>
        <Text>{roles.length === 0 ? t("home.noRolesHere") : t("home.comingIntro")}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {roles.map(({ role, isOrganisationWide }) => (
            <Card key={role} withBorder padding="md">
              <Group justify="space-between" mb="xs" wrap="wrap">
                <Text fw={600}>{t(`roles.${role}.name`)}</Text>
                {isOrganisationWide && <Badge variant="light">{t("home.organisationWide")}</Badge>}
              </Group>
              <Text size="sm">{t(`roles.${role}.description`)}</Text>
              <Text size="sm" c="dimmed" mt="xs">
                {t("home.comingNext", { text: t(`roles.${role}.coming`) })}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </Stack>
      {shortcuts.length > 0 && (
        <Stack gap="sm">
          <Title order={2}>{t("home.availableNow")}</Title>
          <Group>
            {shortcuts.map((item) => (
              <Anchor key={item.to} component={Link} to={item.to}>
                {t(item.labelKey)}
              </Anchor>
            ))}
          </Group>
        </Stack>
      )}
      {!session.user.hasSecondFactor && (
        <Alert color="yellow" variant="light" title={t("home.secondFactorTitle")}>
          <Text mb="xs">{t("home.secondFactorBody")}</Text>
          <Anchor component={Link} to="/account/second-factor">
            {t("home.secondFactorAction")}
          </Anchor>
        </Alert>
      )}
    </Page>
  );
}
