/**
 * The public site's staff area: articles (content editors write, review and publish them), case
 * studies on the reader's cases (caseload workers; managers review them), and the organisation's
 * public details (administrators). Each part shows only for those the session says may use it.
 */
import { Anchor, Button, Tabs, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { Page } from "../components/page.js";
import { useSession } from "../session/session-context.js";
import { ContentList } from "./content-list.js";
import { SiteSettingsForm } from "./site-settings-form.js";

export function ContentAreaPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [search, setSearch] = useSearchParams();
  const abilities = session?.abilities;
  const tabs = [
    ...(abilities?.editContent ? ["articles"] : []),
    ...(abilities?.listCaseStudies ? ["case-studies"] : []),
    ...(abilities?.manageSiteSettings ? ["details"] : []),
  ];
  const tab = tabs.includes(search.get("tab") ?? "") ? (search.get("tab") as string) : tabs[0];
  return (
    <Page
      title={t("content.title")}
      actions={
        abilities?.editContent ? (
          <Button component={Link} to="/content/articles/new">
            {t("content.newArticle")}
          </Button>
        ) : undefined
      }
    >
      <Text>
        {t("content.intro")}{" "}
        <Anchor href={`/${session?.user.language ?? "en"}/`} target="_blank">
          {t("content.openSite")}
        </Anchor>
      </Text>
      {tabs.length === 0 ? (
        <Text>{t("content.nothingHere")}</Text>
      ) : (
        <Tabs value={tab ?? null} onChange={(value) => setSearch(value ? { tab: value } : {}, { replace: true })} keepMounted={false}>
          <Tabs.List aria-label={t("content.title")}>
            {tabs.map((value) => (
              <Tabs.Tab key={value} value={value}>
                {t(`content.tabs.${value}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="articles" pt="md">
            <ContentList kind="articles" />
          </Tabs.Panel>
          <Tabs.Panel value="case-studies" pt="md">
            <Text mb="sm">{t("content.caseStudy.listIntro")}</Text>
            <ContentList kind="case-studies" />
          </Tabs.Panel>
          <Tabs.Panel value="details" pt="md">
            <SiteSettingsForm />
          </Tabs.Panel>
        </Tabs>
      )}
    </Page>
  );
}
