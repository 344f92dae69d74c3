/**
 * Why a record may be the same person, in plain words: how strong the match is and each reason
 * (same date of birth and family name, similar name in another spelling or script, …).
 */
import { Badge, List } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { matchReasonDescriptions } from "../../../core/identity/rank-candidates.js";

export function StrengthBadge({ strength }: { strength: "strong" | "possible" }) {
  const { t } = useTranslation();
  return (
    <Badge color={strength === "strong" ? "orange" : "gray"} variant={strength === "strong" ? "filled" : "outline"} tt="none" radius="sm">
      {t(`clients.strength.${strength}`)}
    </Badge>
  );
}

export function MatchReasons({ reasons }: { reasons: readonly string[] }) {
  const { t } = useTranslation();
  const english: Readonly<Record<string, string>> = matchReasonDescriptions;
  return (
    <List size="sm" spacing={2}>
      {reasons.map((reason) => (
        <List.Item key={reason}>{t(`clients.matchReasons.${reason}`, { defaultValue: english[reason] ?? reason })}</List.Item>
      ))}
    </List>
  );
}
