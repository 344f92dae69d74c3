/** Pages for an address that leads nowhere and for a page the user's roles do not open. */
import { Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Page } from "../components/page.js";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t("notFound.title")}>
      <Text>{t("notFound.body")}</Text>
      <Anchor component={Link} to="/">
        {t("common.goHome")}
      </Anchor>
    </Page>
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Page title={t("forbidden.title")}>
      <Text>{t("forbidden.body")}</Text>
      <Anchor component={Link} to="/">
        {t("common.goHome")}
      </Anchor>
    </Page>
  );
}
