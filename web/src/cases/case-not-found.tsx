/**
 * A case the user cannot open: it does not exist, or it is outside what they may see. Managers and
 * safeguarding leads are offered emergency access, which needs a typed reason, is recorded, alerts
 * the case's site managers at once, and gives an hour of read-only access.
 */
import { Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Page } from "../components/page.js";
import { useCurrentSite } from "../session/current-site.js";
import { useSignedInSession } from "../session/session-context.js";
import { workHere } from "../shell/work-here.js";
import { BreakGlassForm } from "./break-glass-form.js";

export function CaseNotFound({ caseId, onAccessGranted }: { caseId: string; onAccessGranted: () => void }) {
  const { t } = useTranslation();
  const session = useSignedInSession();
  const { site } = useCurrentSite();
  const { canRequestEmergencyAccess } = workHere(session, site?.id ?? null);
  return (
    <Page title={t("cases.notFound.title")}>
      <Text maw="70ch">{t("cases.notFound.body")}</Text>
      {canRequestEmergencyAccess && <BreakGlassForm caseId={caseId} onGranted={onAccessGranted} />}
      <Anchor component={Link} to="/cases">
        {t("cases.backToList")}
      </Anchor>
    </Page>
  );
}
