/** The facts at the top of a case: state, tier, restriction, the client (linked) and the case's dates. */
import { Group, Paper } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FactList, type Fact } from "../components/fact-list.js";
import { Reference } from "../components/reference.js";
import { useFormat } from "../i18n/format.js";
import { RestrictedBadge } from "../referrals/referral-badges.js";
import { useSiteName } from "../users/grant-list.js";
import { CaseStateBadge, TierBadge } from "./case-badges.js";
import type { CaseDetail } from "./cases-api.js";
import { RecordLink } from "../components/record-link.js";

export function CaseHeader({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const siteName = useSiteName();
  const facts: Fact[] = [
    {
      label: t("cases.client"),
      // An erased client has no record to open: their reference is shown, not linked.
      value: kase.isBreakGlass || kase.clientRecord === "erased" ? (
        <Reference value={kase.clientReference} />
      ) : (
        <RecordLink kind="client" id={kase.clientId} reference={kase.clientReference} fw={400} />
      ),
    },
    { label: t("cases.site"), value: siteName(kase.siteId) },
    { label: t("cases.opened"), value: format.date(kase.openedAt) },
    { label: t("cases.keyWorker"), value: kase.keyWorkerName ?? t("cases.noKeyWorker") },
  ];
  if (kase.closedAt) {
    facts.push({ label: t("cases.closed"), value: format.date(kase.closedAt) });
    if (kase.closureReason) facts.push({ label: t("cases.closeReason"), value: t(`cases.closureReasons.${kase.closureReason}`, { defaultValue: kase.closureReason }) });
    if (kase.closureOutcome) facts.push({ label: t("cases.closeOutcome"), value: t(`cases.closureOutcomes.${kase.closureOutcome}`, { defaultValue: kase.closureOutcome }) });
  }
  return (
    <Paper withBorder p="lg">
      <Group gap="xs" mb="md">
        <CaseStateBadge state={kase.state} />
        <TierBadge tier={kase.tier} />
        {kase.isRestricted && <RestrictedBadge />}
      </Group>
      <FactList facts={facts} columns={3} />
    </Paper>
  );
}
