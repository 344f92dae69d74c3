/**
 * What the panel shows for anything it will not open: it does not exist, it is outside the viewer's
 * meetings, a conflict hides it, or the access window has closed. The server gives no reason (each
 * refusal is only audited), so neither does the page; it points back to the viewer's meetings.
 */
import { Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Page } from "../components/page.js";

export function PanelNotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t("panel.notFound.title")}>
      <Text maw="70ch">{t("panel.notFound.body")}</Text>
      <Anchor component={Link} to="/panel/meetings">
        {t("panel.notFound.back")}
      </Anchor>
    </Page>
  );
}
