/**
 * Retention rules (`/data-protection/retention/rules`), for administrators and the data protection
 * officer: for each kind of record, how long it is kept after the work with the person ended, by
 * their age then. The defaults are the NHS Records Management Code of Practice 2021's; a change
 * applies from the next daily review and is kept in the audit trail.
 */
import { Anchor, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Page } from "../../components/page.js";
import { useLoad } from "../../components/use-load.js";
import { useSignedInSession } from "../../session/session-context.js";
import { retentionApi } from "./retention-api.js";
import { RuleForm } from "./rule-form.js";

export function RetentionRulesPage() {
  const { t } = useTranslation();
  const canReview = useSignedInSession().abilities.reviewRetention;
  const rules = useLoad(retentionApi.rules, []);
  return (
    <Page title={t("retention.rules.title")}>
      <Stack gap="xs" maw="75ch">
        <Text>{t("retention.rules.intro")}</Text>
        <Text size="sm" c="dimmed">
          {t("retention.source")}
        </Text>
        {canReview && (
          <Anchor component={Link} to="/data-protection/retention">
            {t("retention.rules.backToQueue")}
          </Anchor>
        )}
      </Stack>
      {rules.state.status === "loading" && <Loading />}
      {rules.state.status === "failed" && <LoadFailed error={rules.state.error} onRetry={rules.reload} />}
      {rules.state.status === "ready" &&
        rules.state.data.rules.map((rule) => <RuleForm key={rule.recordType} rule={rule} defaults={rules.state.status === "ready" ? rules.state.data.defaults : rule} canEdit={rules.state.status === "ready" && rules.state.data.canEdit} onSaved={rules.replace} />)}
    </Page>
  );
}
