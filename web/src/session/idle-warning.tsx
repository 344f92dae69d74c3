/**
 * Warns before the server's idle timeout ends the session, with a button to stay signed in. Activity
 * is any answered API request, shared between tabs through localStorage so one busy tab keeps the
 * others from signing the user out. When the time is up the user is sent to sign-in with a message.
 */
import { Button, Group, Stack, Text } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { onServerActivity } from "../api/client.js";
import { errorMessage } from "../api/error-messages.js";
import { authApi } from "../auth/auth-api.js";
import { AppModal } from "../components/app-modal.js";
import { useSession, useSignedInSession } from "./session-context.js";

const activityKey = "pathways.lastActivity";

export function IdleWarning() {
  const { t } = useTranslation();
  const { idleTimeoutMinutes } = useSignedInSession();
  const { refresh, expire, signOut } = useSession();
  const timeoutMs = idleTimeoutMinutes * 60_000;
  const warnMs = Math.min(2 * 60_000, timeoutMs / 2);
  const [remainingMs, setRemainingMs] = useState(timeoutMs);
  const [isStaying, setIsStaying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hasExpired = useRef(false);

  useEffect(() => {
    recordActivity();
    return onServerActivity(recordActivity);
  }, []);

  useEffect(() => {
    const timer = window.setInterval(() => {
      const left = lastActivity() + timeoutMs - Date.now();
      setRemainingMs(left);
      if (left <= 0 && !hasExpired.current) {
        hasExpired.current = true;
        // Tell the server too, in case its clock runs a little behind ours; the outcome changes nothing here.
        authApi.signOut().then(expire, expire);
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, [timeoutMs, expire]);

  async function stay(): Promise<void> {
    setIsStaying(true);
    setError(null);
    try {
      if (!(await refresh())) expire();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setIsStaying(false);
    }
  }

  const isOpen = remainingMs > 0 && remainingMs <= warnMs;
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  return (
    <AppModal opened={isOpen} onClose={() => void stay()} title={t("idle.title")} withCloseButton={false}>
      <Stack>
        <Text>{t("idle.body", { time })}</Text>
        {error && <Text c="var(--mantine-color-error)">{error}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void signOut()}>
            {t("idle.signOut")}
          </Button>
          <Button onClick={() => void stay()} loading={isStaying} data-autofocus>
            {t("idle.stay")}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

let memoryActivity = Date.now();

function recordActivity(): void {
  memoryActivity = Date.now();
  try {
    localStorage.setItem(activityKey, String(memoryActivity));
  } catch {
    // Storage blocked: only this tab's own activity counts.
  }
}

function lastActivity(): number {
  let shared = 0;
  try {
    shared = Number(localStorage.getItem(activityKey) ?? 0);
  } catch {
    // Storage blocked: only this tab's own activity counts.
  }
  return Math.max(memoryActivity, Number.isFinite(shared) ? shared : 0);
}
