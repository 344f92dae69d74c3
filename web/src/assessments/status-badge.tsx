/**
 * Where an assessment stands, in words: draft, submitted (waiting for approval, or counting at once
 * where none is needed), approved, returned for changes; and whether it was corrected.
 */
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AssessmentStatus } from "../../../core/api/assessments.js";

const colours: Record<AssessmentStatus, string> = { draft: "gray", submitted: "orange", approved: "green", returned: "red" };

export function AssessmentStatusBadge({ status, requiresApproval }: { status: AssessmentStatus; requiresApproval: boolean }) {
  const { t } = useTranslation();
  const isAwaitingApproval = status === "submitted" && requiresApproval;
  const key = isAwaitingApproval ? "assessments.status.awaitingApproval" : `assessments.status.${status}`;
  return (
    <Badge color={status === "submitted" && !requiresApproval ? "green" : colours[status]} variant="light" tt="none" radius="sm">
      {t(key)}
    </Badge>
  );
}

export function SupersededBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="gray" variant="outline" tt="none" radius="sm">
      {t("assessments.status.superseded")}
    </Badge>
  );
}

export function AmendmentBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="blue" variant="outline" tt="none" radius="sm">
      {t("assessments.status.amendment")}
    </Badge>
  );
}
