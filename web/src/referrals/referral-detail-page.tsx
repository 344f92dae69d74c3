/**
 * One referral, read top to bottom the way it is triaged: what it is about (no names), the concern,
 * the person's preferences, where it came from in the community, personal details only on request
 * (audited), the check for an existing client record, then the decision — or, once decided, what
 * was decided and the case it opened.
 */
import { Alert, Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router-dom";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { useLoad } from "../components/use-load.js";
import { isolateReference } from "../i18n/format.js";
import { ReferralAttributionSection } from "../outreach/attribution/referral-attribution-section.js";
import { DuplicateCheckPanel } from "./duplicate-check-panel.js";
import { OverdueBadge, RestrictedBadge, StatusBadge, UrgencyBadge } from "./referral-badges.js";
import { ReferralIdentityPanel } from "./referral-identity-panel.js";
import { ReferralSummary } from "./referral-summary.js";
import { referralsApi, type ReferralDetail } from "./referrals-api.js";
import { TriageDecision } from "./triage-decision.js";
import { TriageForm } from "./triage-form.js";

export function ReferralDetailPage() {
  const { t } = useTranslation();
  const referralId = useParams().referralId ?? "";
  const isNew = (useLocation().state as { isNew?: boolean } | null)?.isNew === true;
  const { state, reload, replace } = useLoad(() => referralsApi.get(referralId), [referralId]);
  const [existingClientId, setExistingClientId] = useState<string | null>(null);
  const [openedCaseId, setOpenedCaseId] = useState<string | null>(null);

  if (state.status !== "ready") {
    return (
      <Page title={t("referrals.detailLoading")}>
        <BackLink />
        {state.status === "loading" ? <Loading /> : <LoadFailed error={state.error} onRetry={reload} />}
      </Page>
    );
  }
  const referral = state.data;
  const isWaiting = referral.status === "received";

  function decided(next: ReferralDetail, caseId: string | null): void {
    replace(next);
    setOpenedCaseId(caseId);
  }

  return (
    <Page title={t("referrals.detailTitle", { reference: referral.reference })}>
      <BackLink />
      {isNew && isWaiting && (
        <Alert color="green" variant="light" role="status" title={t("referrals.recordedTitle")}>
          {t("referrals.recordedBody", { reference: isolateReference(referral.reference) })}
        </Alert>
      )}
      <Group gap="xs">
        <StatusBadge status={referral.status} />
        <UrgencyBadge urgency={referral.urgency} />
        {referral.isOverdue && <OverdueBadge status={referral.status} />}
        {referral.isRestricted && <RestrictedBadge />}
      </Group>
      <ReferralSummary referral={referral} />
      <ReferralAttributionSection referral={referral} onChanged={(attribution) => replace({ ...referral, attribution })} />
      {referral.abilities.revealIdentity && <ReferralIdentityPanel referralId={referral.id} />}
      {openedCaseId && (
        <Alert color="green" variant="light" role="status" title={t("referrals.triage.acceptedTitle")}>
          <Stack gap="xs" align="flex-start">
            <Text>{t("referrals.triage.acceptedBody")}</Text>
            <Button component={Link} to={`/cases/${openedCaseId}`}>
              {t("referrals.triage.openCase")}
            </Button>
          </Stack>
        </Alert>
      )}
      {isWaiting && referral.abilities.triage && (
        <>
          <DuplicateCheckPanel referralId={referral.id} selected={existingClientId} onSelect={setExistingClientId} />
          <TriageForm referral={referral} existingClientId={existingClientId} onDecided={decided} onStale={reload} />
        </>
      )}
      {isWaiting && !referral.abilities.triage && <Text c="dimmed">{t("referrals.triage.notAllowed")}</Text>}
      {referral.decision && <TriageDecision referral={referral} />}
    </Page>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/referrals">
      {t("referrals.backToQueue")}
    </Anchor>
  );
}
