/** The other steps the server allows now: stepping back a phase, leaving the programme, rejoining where the client left. */
import { Button, Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../components/form-error.js";
import { isolate } from "../i18n/format.js";
import type { EnrolmentDetail, EnrolmentEvent } from "./programmes-api.js";
import { StepBackDialog } from "./step-back-dialog.js";
import { stepFailureMessage } from "./step-failure.js";
import { WithdrawDialog } from "./withdraw-dialog.js";

interface EnrolmentActionsProps {
  enrolment: EnrolmentDetail;
  onSend: (event: EnrolmentEvent, done: string) => Promise<void>;
}

export function EnrolmentActions({ enrolment, onSend }: EnrolmentActionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<"step_back" | "withdraw" | null>(null);
  const [rejoinError, setRejoinError] = useState<string | null>(null);
  const [isRejoining, setIsRejoining] = useState(false);
  const can = (type: EnrolmentEvent["type"]) => enrolment.availableEvents.includes(type);

  async function rejoin(): Promise<void> {
    setIsRejoining(true);
    setRejoinError(null);
    try {
      await onSend({ type: "rejoin" }, "programmes.rejoin.done");
    } catch (failure) {
      setRejoinError(stepFailureMessage(failure, t));
      setIsRejoining(false);
    }
  }

  if (!can("step_back") && !can("withdraw") && !can("rejoin")) return null;
  /** The dialogs answer a failure in place; success closes them. */
  const sendAndClose = async (event: EnrolmentEvent, done: string) => {
    await onSend(event, done);
    setOpen(null);
  };
  return (
    <>
      {can("rejoin") && (
        <Text size="sm">{t("programmes.rejoin.hint", { title: isolate(enrolment.currentPhase?.title ?? "") })}</Text>
      )}
      <FormError message={rejoinError} />
      <Group gap="sm">
        {can("step_back") && (
          <Button variant="default" onClick={() => setOpen("step_back")}>
            {t("programmes.stepBack.open")}
          </Button>
        )}
        {can("withdraw") && (
          <Button variant="default" onClick={() => setOpen("withdraw")}>
            {t("programmes.withdraw.open")}
          </Button>
        )}
        {can("rejoin") && (
          <Button onClick={() => void rejoin()} loading={isRejoining}>
            {t("programmes.rejoin.submit")}
          </Button>
        )}
      </Group>
      <StepBackDialog opened={open === "step_back"} enrolment={enrolment} onClose={() => setOpen(null)} onSend={sendAndClose} />
      <WithdrawDialog opened={open === "withdraw"} onClose={() => setOpen(null)} onSend={sendAndClose} />
    </>
  );
}
