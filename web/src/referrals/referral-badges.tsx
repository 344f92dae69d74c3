/**
 * How a referral's state reads at a glance: urgency, overdue, restricted, status, and its reasons as
 * tags. Each badge says what it means in words, so nothing depends on colour alone.
 */
import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReferralStatus } from "../../../core/referrals/referral-status.js";
import type { Urgency, VulnerabilityDomain } from "../../../core/referrals/vocabulary.js";

export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation();
  if (urgency === "urgent") {
    return (
      <Badge color="red" variant="filled" tt="none" size="lg" radius="sm">
        {`! ${t("referrals.urgency.urgent")}`}
      </Badge>
    );
  }
  return (
    <Badge color={urgency === "soon" ? "orange" : "gray"} variant="light" tt="none" radius="sm">
      {t(`referrals.urgency.${urgency}`)}
    </Badge>
  );
}

/** "Overdue" while waiting past the target; "Decided late" once decided after it. */
export function OverdueBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="outline" tt="none" radius="sm">
      {status === "received" ? t("referrals.overdue") : t("referrals.decidedLate")}
    </Badge>
  );
}

export function RestrictedBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="grape" variant="light" tt="none" radius="sm">
      {t("referrals.restricted")}
    </Badge>
  );
}

const statusColours: Record<ReferralStatus, string> = { received: "blue", accepted: "green", signposted: "cyan", declined: "gray" };

export function StatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColours[status]} variant="light" tt="none" radius="sm">
      {t(`referrals.status.${status}`)}
    </Badge>
  );
}

export function ReasonTags({ reasons }: { reasons: readonly VulnerabilityDomain[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} component="ul" m={0} p={0} style={{ listStyle: "none" }}>
      {reasons.map((reason) => (
        <li key={reason}>
          <Badge color="gray" variant="outline" tt="none" radius="sm" fw={500}>
            {t(`referrals.reasons.${reason}`)}
          </Badge>
        </li>
      ))}
    </Group>
  );
}

/** The source's name in the user's language; sources the organisation added keep the name it gave them. */
export function useSourceLabel(): (source: { code: string; label: string }) => string {
  const { t } = useTranslation();
  return (source) => t(`referrals.sources.${source.code}`, { defaultValue: source.label });
}
