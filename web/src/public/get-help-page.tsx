/**
 * The public front door: who the organisation helps, in plain words; what to do in an emergency;
 * two ways in — help for myself, or worry about someone else — and what happens after.
 */
import { Button, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { EmergencyNotice } from "./emergency-notice.js";
import { usePublicForm } from "./public-form-context.js";
import { PublicPage } from "./public-page.js";

const helpedWith = [
  "public.getHelp.who.drugsAlcohol",
  "public.getHelp.who.crime",
  "public.getHelp.who.exploitation",
  "public.getHelp.who.extremism",
  "public.getHelp.who.wellbeing",
  "public.getHelp.who.families",
] as const;
const steps = ["public.getHelp.steps.form", "public.getHelp.steps.read", "public.getHelp.steps.contact"] as const;

export function GetHelpPage() {
  const { t } = useTranslation();
  const { load } = usePublicForm();
  const sites = load.status === "ready" ? load.form.sites.map((site) => site.name) : [];
  return (
    <PublicPage title={t("public.getHelp.title")}>
      <Text size="lg">{t("public.getHelp.intro")}</Text>
      <EmergencyNotice />

      <Stack gap="xs" component="section" aria-labelledby="who-we-help">
        <Title order={2} id="who-we-help">
          {t("public.getHelp.whoTitle")}
        </Title>
        <List spacing="xs">
          {helpedWith.map((item) => (
            <List.Item key={item}>{t(item)}</List.Item>
          ))}
        </List>
        <Text>{t("public.getHelp.notSure")}</Text>
        {sites.length > 0 && (
          <Text>
            {t("public.getHelp.sites")} <bdi>{sites.join(", ")}</bdi>
          </Text>
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="start">
        <Title order={2} id="start">
          {t("public.getHelp.startTitle")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Button component={Link} to="/refer?for=self" size="lg" className="entry-button">
            {t("public.getHelp.forMyself")}
          </Button>
          <Button component={Link} to="/refer?for=someone-else" size="lg" variant="outline" className="entry-button">
            {t("public.getHelp.forSomeoneElse")}
          </Button>
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t("public.getHelp.formTime")}
        </Text>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="next">
        <Title order={2} id="next">
          {t("public.getHelp.nextTitle")}
        </Title>
        <List type="ordered" spacing="xs">
          {steps.map((step) => (
            <List.Item key={step}>{t(step)}</List.Item>
          ))}
        </List>
      </Stack>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="private">
        <Stack gap="xs">
          <Title order={2} id="private">
            {t("public.getHelp.privateTitle")}
          </Title>
          <Text>{t("public.getHelp.privateBody")}</Text>
        </Stack>
      </Paper>

      <Text>
        {t("public.getHelp.alreadySent")}{" "}
        <Link to="/referral-status" className="public-link">
          {t("public.getHelp.checkStatus")}
        </Link>
      </Text>
    </PublicPage>
  );
}
