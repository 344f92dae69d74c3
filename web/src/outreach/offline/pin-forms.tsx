/**
 * The offline PIN: chosen once when the device is prepared (twice, to be sure of it), then asked
 * for whenever the app is opened again, online or not. Deriving the key takes a moment on purpose.
 */
import { Button, PasswordInput, Stack, Text } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/form-error.js";
import { shortestPin } from "./offline-crypto.js";

export function ChoosePinForm({ onChosen, intro }: { onChosen: (pin: string) => Promise<void>; intro: string }) {
  const { t } = useTranslation();
  const [pin, setPin] = useState("");
  const [again, setAgain] = useState("");
  const [problem, setProblem] = useState<{ pin?: string; again?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next = { ...(pin.length < shortestPin ? { pin: t("outreachOffline.pin.tooShort", { count: shortestPin }) } : {}), ...(again !== pin ? { again: t("outreachOffline.pin.different") } : {}) };
    setProblem(next);
    if (next.pin || next.again) return;
    setBusy(true);
    setFailure(null);
    try {
      await onChosen(pin);
    } catch (error) {
      console.error("Preparing the device failed", error);
      setFailure(t("outreachOffline.prepare.failed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Text>{intro}</Text>
        <FormError message={failure} />
        <PasswordInput size="md" label={t("outreachOffline.pin.choose")} description={t("outreachOffline.pin.hint", { count: shortestPin })} autoComplete="new-password" inputMode="numeric" value={pin} onChange={(event) => setPin(event.currentTarget.value)} error={problem.pin} required />
        <PasswordInput size="md" label={t("outreachOffline.pin.again")} autoComplete="new-password" inputMode="numeric" value={again} onChange={(event) => setAgain(event.currentTarget.value)} error={problem.again} required />
        <Button type="submit" size="lg" loading={isBusy}>
          {t("outreachOffline.prepare.submit")}
        </Button>
      </Stack>
    </form>
  );
}

export function UnlockForm({ onUnlock }: { onUnlock: (pin: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [pin, setPin] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const isOpen = await onUnlock(pin);
    setBusy(false);
    if (!isOpen) {
      setProblem(t("outreachOffline.pin.wrong"));
      setPin("");
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <PasswordInput size="md" label={t("outreachOffline.pin.enter")} autoComplete="current-password" inputMode="numeric" value={pin} onChange={(event) => setPin(event.currentTarget.value)} error={problem} required data-autofocus />
        <Button type="submit" size="lg" loading={isBusy}>
          {t("outreachOffline.pin.unlock")}
        </Button>
      </Stack>
    </form>
  );
}
