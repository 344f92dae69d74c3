/** Throwing a draft away (asked first), then back to its case. */
import { Button } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { errorMessage } from "../api/error-messages.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { assessmentsApi, type AssessmentDetail } from "./assessments-api.js";

export function DiscardDraft({ assessment }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [isOpen, setIsOpen] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function discard(): Promise<void> {
    setIsBusy(true);
    setError(null);
    try {
      await assessmentsApi.discard(assessment.id);
      await navigate(`/cases/${assessment.caseId}?tab=assessments`, { state: { notice: "assessments.discarded" } });
    } catch (failure) {
      setError(errorMessage(failure, t));
      setIsBusy(false);
    }
  }

  return (
    <>
      <Button variant="outline" color="red" onClick={() => setIsOpen(true)}>
        {t("assessments.discard.button")}
      </Button>
      <ConfirmDialog
        opened={isOpen}
        title={t("assessments.discard.title")}
        message={t("assessments.discard.message")}
        confirmLabel={t("assessments.discard.confirm")}
        isBusy={isBusy}
        error={error}
        onConfirm={() => void discard()}
        onCancel={() => setIsOpen(false)}
      />
    </>
  );
}
