/**
 * Where a worker's DBS vetting stands, in words with its date: run out (red), running out within
 * 30 days (orange), none recorded, or current. Colour only repeats what the words say.
 */
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { VettingState } from "../../../core/api/workers.js";
import { useFormat } from "../i18n/format.js";
import "./workers.css";

export function VettingBadge({ vetting }: { vetting: { state: VettingState; expiresOn: string | null } }) {
  const { t } = useTranslation();
  const format = useFormat();
  const date = vetting.expiresOn ? format.day(vetting.expiresOn) : "";
  const text =
    vetting.state === "missing"
      ? t("workers.vetting.missing")
      : vetting.state === "expired"
        ? t("workers.vetting.expired", { date })
        : vetting.state === "expiring"
          ? t("workers.vetting.expiring", { date })
          : t("workers.vetting.current", { date });
  return (
    <Badge variant="transparent" tt="none" radius="sm" className={`vetting-badge--${vetting.state}`} styles={{ root: { height: "auto", paddingBlock: 2 }, label: { whiteSpace: "normal" } }}>
      {text}
    </Badge>
  );
}
