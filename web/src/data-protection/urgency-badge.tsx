/** How long is left to answer a request, in words and colour: red when overdue, orange when due within a week. */
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RequestSummary } from "../../../core/api/data-rights.js";

const colours = { overdue: "red", due_soon: "orange", on_track: "gray" } as const;

export function UrgencyBadge({ request }: { request: Pick<RequestSummary, "daysLeft" | "urgency"> }) {
  const { t } = useTranslation();
  if (request.daysLeft === null || request.urgency === null) return <Badge color="gray" variant="outline" tt="none">{t("dataRights.closed")}</Badge>;
  const words =
    request.daysLeft < 0 ? t("dataRights.overdueBy", { count: -request.daysLeft }) : request.daysLeft === 0 ? t("dataRights.dueToday") : t("dataRights.daysLeft", { count: request.daysLeft });
  return (
    <Badge color={colours[request.urgency]} variant={request.urgency === "on_track" ? "light" : "filled"} tt="none">
      {words}
    </Badge>
  );
}
