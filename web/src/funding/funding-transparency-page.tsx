/**
 * Who funds the work (`/funding`), on the public site: each funder and the work its grants pay
 * for, with the period and, where the organisation published it, the amount — current grants
 * first, then earlier ones. Built only from the grants marked for publishing; nothing else about
 * the organisation's money is shown or sent. Its words are in English and Urdu; the public site's
 * other languages show the English until their catalogues hold these words.
 */
import { Alert, Button, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { activeLanguage } from "../i18n/i18n.js";
import { isolate } from "../i18n/format.js";
import { PublicPage } from "../public/public-page.js";
import { publicFundingApi, type PublicFunding } from "./public-funding-api.js";
import { publicDay, publicPounds } from "./public-money.js";

type Funder = PublicFunding["funders"][number];

const today = () => new Date().toISOString().slice(0, 10);

export function FundingTransparencyPage() {
  const { t } = useTranslation();
  const funding = useLoad(publicFundingApi.funding, []);
  return (
    <PublicPage title={t("fundingPublic.title")}>
      {funding.state.status === "loading" && <Loading />}
      {funding.state.status === "failed" && <LoadFailed error={funding.state.error} onRetry={funding.reload} />}
      {funding.state.status === "ready" && <FundingList funding={funding.state.data} />}
      <Alert variant="light" color="blue">
        <Stack gap="xs" align="flex-start">
          <Text>{t("fundingPublic.needHelp")}</Text>
          <Button component={Link} to="/get-help" variant="outline">
            {t("fundingPublic.getHelp")}
          </Button>
        </Stack>
      </Alert>
    </PublicPage>
  );
}

function FundingList({ funding }: { funding: PublicFunding }) {
  const { t } = useTranslation();
  const now = today();
  const split = (isCurrent: boolean): Funder[] =>
    funding.funders.map((funder) => ({ ...funder, grants: funder.grants.filter((grant) => (grant.endsOn >= now) === isCurrent) })).filter((funder) => funder.grants.length > 0);
  const current = split(true);
  const earlier = split(false);
  if (current.length === 0 && earlier.length === 0) return <Text size="lg">{t("fundingPublic.none", { organisation: isolate(funding.organisationName) })}</Text>;
  return (
    <Stack gap="lg">
      <Text size="lg">{t("fundingPublic.intro", { organisation: isolate(funding.organisationName) })}</Text>
      {current.length > 0 && <FunderGroup id="current-funding" title={t("fundingPublic.current")} funders={current} />}
      {earlier.length > 0 && <FunderGroup id="earlier-funding" title={t("fundingPublic.earlier")} funders={earlier} />}
      <Text size="sm" c="dimmed">
        {t("fundingPublic.amountsNote")}
      </Text>
    </Stack>
  );
}

function FunderGroup({ id, title, funders }: { id: string; title: string; funders: readonly Funder[] }) {
  const { t } = useTranslation();
  const language = activeLanguage();
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} id={id}>
        {title}
      </Title>
      {funders.map((funder) => (
        <Paper key={funder.name} withBorder p="md" radius="md" component="article" aria-label={funder.name}>
          <Stack gap="xs">
            <Title order={3} size="h4">
              <bdi>{funder.name}</bdi>
            </Title>
            <List spacing="xs">
              {funder.grants.map((grant) => (
                <List.Item key={`${grant.purpose}-${grant.startsOn}`}>
                  <Text>
                    <bdi>{grant.purpose}</bdi>
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t("fundingPublic.period", { from: isolate(publicDay(grant.startsOn, language)), to: isolate(publicDay(grant.endsOn, language)) })}
                    {grant.amountPence !== null && ` · ${t("fundingPublic.amount", { amount: isolate(publicPounds(grant.amountPence, language)) })}`}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
