/**
 * Outreach logging that works with no signal (the installable app opens here). Outside the staff
 * app's session gate, so that it opens after a reload with no network: the device's store is
 * opened with the worker's PIN, not with the server. First use, while signed in, prepares the
 * device; signed out with nothing kept, it asks the worker to sign in while they have a signal.
 */
import { Anchor, Alert, Badge, Box, Container, Group, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Loading } from "../../components/load-state.js";
import { LanguageSwitcher } from "../../i18n/language-switcher.js";
import { useSession } from "../../session/session-context.js";
import { PrepareDevice } from "./prepare-device.js";
import { UnlockForm } from "./pin-forms.js";
import { isUnlocked, offlineLock, unlock, waitingCount, type OfflineLock } from "./offline-store.js";
import { OfflineWorkspace } from "./offline-workspace.js";
import { useOnline } from "./use-online.js";

type Phase = { name: "checking" } | { name: "none" } | { name: "locked"; lock: OfflineLock; waiting: number } | { name: "open"; lock: OfflineLock };

export function OfflineOutreachPage() {
  const { t } = useTranslation();
  const isOnline = useOnline();
  return (
    <Box component="main" py="md">
      <Container size="sm">
        <Stack gap="lg">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Title order={1} size="h2">
              {t("outreachOffline.title")}
            </Title>
            <Group gap="sm">
              <Badge size="lg" color={isOnline ? "teal.9" : "dark"} variant="filled" role="status">
                {isOnline ? t("outreachOffline.online") : t("outreachOffline.offline")}
              </Badge>
              <LanguageSwitcher size="xs" />
            </Group>
          </Group>
          <OfflineOutreach />
          <Anchor component={Link} to="/outreach/calendar">
            {t("outreachOffline.backToApp")}
          </Anchor>
        </Stack>
      </Container>
    </Box>
  );
}

function OfflineOutreach() {
  const { t } = useTranslation();
  const { session, load } = useSession();
  const [phase, setPhase] = useState<Phase>({ name: "checking" });

  const check = async () => {
    const lock = await offlineLock();
    if (!lock) setPhase({ name: "none" });
    else if (isUnlocked()) setPhase({ name: "open", lock });
    else setPhase({ name: "locked", lock, waiting: await waitingCount() });
  };
  useEffect(() => {
    void check();
  }, []);

  if (phase.name === "checking") return <Loading />;
  if (phase.name === "open") return <OfflineWorkspace lock={phase.lock} />;
  if (phase.name === "locked") {
    return (
      <Stack gap="md">
        <Alert color={phase.waiting > 0 ? "yellow" : "gray"} variant="light" role="status" data-testid="waiting-count">
          {phase.waiting > 0 ? t("outreachOffline.waiting", { count: phase.waiting }) : t("outreachOffline.allSent")}
        </Alert>
        <Text>{t("outreachOffline.unlockIntro")}</Text>
        <UnlockForm
          onUnlock={async (pin) => {
            const isOpen = await unlock(pin);
            if (isOpen) setPhase({ name: "open", lock: phase.lock });
            return isOpen;
          }}
        />
      </Stack>
    );
  }
  if (session?.mfaState === "complete") return <PrepareDevice session={session} onReady={() => void check()} />;
  if (load.status === "loading") return <Loading />;
  return (
    <Alert color="gray" variant="light" title={t("outreachOffline.signInFirst.title")}>
      <Stack gap="xs" align="flex-start">
        <Text>{t("outreachOffline.signInFirst.body")}</Text>
        <Anchor component={Link} to="/sign-in" state={{ from: "/outreach/offline" }}>
          {t("outreachOffline.signInFirst.link")}
        </Anchor>
      </Stack>
    </Alert>
  );
}
