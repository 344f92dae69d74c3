/** A case's state and support tier at a glance, in words (colour only repeats what the words say). */
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

const stateColours: Record<string, string> = { assessment: "blue", active: "green", review: "orange", closed: "gray" };

export function CaseStateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={stateColours[state] ?? "gray"} variant="light" tt="none" radius="sm">
      {t(`cases.states.${state}`, { defaultValue: state })}
    </Badge>
  );
}

export function TierBadge({ tier }: { tier: string | null }) {
  const { t } = useTranslation();
  if (!tier) return null;
  return (
    <Badge color={tier === "panel_referral" || tier === "statutory_referral" ? "red" : tier === "intensive" ? "violet" : "teal"} variant="outline" tt="none" radius="sm">
      {t(`cases.tiers.${tier}`, { defaultValue: tier })}
    </Badge>
  );
}
