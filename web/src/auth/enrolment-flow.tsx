/**
 * Setting up the second factor, in three steps: why and what is needed → scan the QR code and
 * enter a code → save the recovery codes. The new session is handed over only after the user says
 * they have saved the codes, so nothing navigates away while they are on screen.
 */
import { Button, Group, List, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Session } from "../../../core/api/auth.js";
import { FormError } from "../components/form-error.js";
import { setCsrfToken } from "../api/client.js";
import { errorMessage } from "../api/error-messages.js";
import { authApi, type Enrolment, type EnrolmentConfirmed } from "./auth-api.js";
import { EnrolmentSetup } from "./enrolment-setup.js";
import { RecoveryCodes } from "./recovery-codes.js";

type Step =
  | { name: "intro" }
  | { name: "setup"; enrolment: Enrolment }
  | { name: "codes"; confirmed: EnrolmentConfirmed };

interface EnrolmentFlowProps {
  isRequired: boolean;
  onDone: (session: Session) => void;
}

export function EnrolmentFlow({ isRequired, onDone }: EnrolmentFlowProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ name: "intro" });
  const [isStarting, setIsStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start(): Promise<void> {
    setIsStarting(true);
    setError(null);
    try {
      setStep({ name: "setup", enrolment: await authApi.startEnrolment() });
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setIsStarting(false);
    }
  }

  if (step.name === "setup") {
    return (
      <EnrolmentSetup
        enrolment={step.enrolment}
        onConfirmed={(confirmed) => {
          // The server has replaced the session (and its CSRF token); requests made while the codes
          // are on screen (sign out, a language change) must carry the new token.
          setCsrfToken(confirmed.session.csrfToken);
          setStep({ name: "codes", confirmed });
        }}
      />
    );
  }
  if (step.name === "codes") {
    return <RecoveryCodes codes={step.confirmed.recoveryCodes} onContinue={() => onDone(step.confirmed.session)} />;
  }
  return (
    <Stack>
      <Text>{t(isRequired ? "enrolment.whyRequired" : "enrolment.whyOptional")}</Text>
      <Text>{t("enrolment.needApp")}</Text>
      <List spacing="xs">
        <List.Item>{t("enrolment.appExamples")}</List.Item>
        <List.Item>{t("enrolment.timeNeeded")}</List.Item>
      </List>
      <FormError message={error} />
      <Group>
        <Button onClick={() => void start()} loading={isStarting}>
          {t("enrolment.start")}
        </Button>
      </Group>
    </Stack>
  );
}
