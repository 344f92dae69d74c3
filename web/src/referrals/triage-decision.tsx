/** What was decided on a referral, by whom and why; for an accepted one, links to its client and case. */
import { Anchor, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { FactList, type Fact } from "../components/fact-list.js";
import { Section } from "../components/section.js";
import { useFormat } from "../i18n/format.js";
import type { ReferralDetail } from "./referrals-api.js";

export function TriageDecision({ referral }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { decision } = referral;
  if (!decision) return null;
  const facts: Fact[] = [
    { label: t("referrals.triage.outcome"), value: t(`referrals.status.${referral.status}`) },
    { label: t("referrals.triage.decidedAt"), value: format.dateTime(decision.decidedAt) },
    { label: t("referrals.triage.decidedBy"), value: decision.decidedBy ?? t("referrals.notGiven") },
  ];
  if (decision.signpostedTo) facts.push({ label: t("referrals.triage.signpostedTo"), value: <bdi>{decision.signpostedTo}</bdi> });
  facts.push({ label: t("referrals.triage.reason"), value: <bdi style={{ whiteSpace: "pre-wrap" }}>{decision.reason}</bdi> });
  return (
    <Section title={t("referrals.triage.decidedTitle")}>
      <FactList facts={facts} />
      {(referral.caseId || referral.clientId) && (
        <Group>
          {referral.caseId && (
            <Anchor component={Link} to={`/cases/${referral.caseId}`} fw={600}>
              {t("referrals.triage.openCase")}
            </Anchor>
          )}
          {referral.clientId && (
            <Anchor component={Link} to={`/clients/${referral.clientId}`} fw={600}>
              {t("referrals.triage.openClient")}
            </Anchor>
          )}
        </Group>
      )}
    </Section>
  );
}
