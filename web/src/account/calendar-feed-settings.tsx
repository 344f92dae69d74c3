/**
 * The worker's private calendar feed: make it, copy its address (shown once, as only its hash is
 * kept), how to add it to Outlook, Google or Apple calendars, and turning it off or making a new
 * address. The server says whether the user's roles give them a calendar at all.
 */
import { Accordion, Alert, Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CalendarFeed } from "../../../core/api/calendar-email.js";
import { errorMessage } from "../api/error-messages.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { CopyText } from "../components/copy-text.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { useFormat } from "../i18n/format.js";
import { calendarEmailApi } from "./calendar-email-api.js";

type Confirming = "regenerate" | "revoke" | null;

export function CalendarFeedSettings() {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, replace } = useLoad(() => calendarEmailApi.feed(), []);
  const [issuedUrl, setIssuedUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} />;
  const feed = state.data;
  if (!feed.canHaveFeed) return <Text>{t("calendarFeed.notForRoles")}</Text>;

  async function act(action: () => Promise<CalendarFeed & { url?: string }>): Promise<void> {
    setIsBusy(true);
    setError(null);
    try {
      const answer = await action();
      replace(answer);
      setIssuedUrl(answer.url ?? null);
      setConfirming(null);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setIsBusy(false);
    }
  }
  const issue = () => act(() => calendarEmailApi.issueFeed());
  const revoke = () => act(async () => (await calendarEmailApi.revokeFeed(), { ...feed, hasFeed: false, createdAt: null, lastReadAt: null }));

  return (
    <Stack gap="sm">
      <Text>{t("calendarFeed.intro")}</Text>
      {issuedUrl ? (
        <Alert color="green" variant="light" title={t("calendarFeed.issuedTitle")} role="status">
          <Stack gap="sm">
            <Text>{t("calendarFeed.issuedHelp")}</Text>
            <CopyText value={issuedUrl} copyLabel={t("calendarFeed.copyLabel")} />
            <Anchor href={issuedUrl.replace(/^https?:/, "webcal:")}>{t("calendarFeed.openInApp")}</Anchor>
          </Stack>
        </Alert>
      ) : (
        feed.hasFeed && (
          <Text>
            {t("calendarFeed.isOn", { made: format.dateTime(feed.createdAt ?? "") })}{" "}
            {feed.lastReadAt ? t("calendarFeed.lastRead", { at: format.dateTime(feed.lastReadAt) }) : t("calendarFeed.neverRead")}
          </Text>
        )
      )}
      <Text size="sm">{t("calendarFeed.keepPrivate")}</Text>
      <FormError message={confirming ? null : error} />
      <Group>
        {feed.hasFeed ? (
          <>
            <Button variant="default" onClick={() => setConfirming("regenerate")}>
              {t("calendarFeed.regenerate")}
            </Button>
            <Button color="red" variant="outline" onClick={() => setConfirming("revoke")}>
              {t("calendarFeed.revoke")}
            </Button>
          </>
        ) : (
          <Button loading={isBusy} onClick={() => void issue()}>
            {t("calendarFeed.create")}
          </Button>
        )}
      </Group>
      <CalendarInstructions />
      <ConfirmDialog
        opened={confirming !== null}
        title={t(confirming === "revoke" ? "calendarFeed.revokeTitle" : "calendarFeed.regenerateTitle")}
        message={t(confirming === "revoke" ? "calendarFeed.revokeMessage" : "calendarFeed.regenerateMessage")}
        confirmLabel={t(confirming === "revoke" ? "calendarFeed.revoke" : "calendarFeed.regenerate")}
        isBusy={isBusy}
        error={error}
        onConfirm={() => void (confirming === "revoke" ? revoke() : issue())}
        onCancel={() => setConfirming(null)}
      />
    </Stack>
  );
}

/** Step-by-step for the three calendar apps staff use, one open at a time. */
function CalendarInstructions() {
  const { t } = useTranslation();
  return (
    <Accordion variant="separated">
      {(["outlook", "google", "apple"] as const).map((app) => (
        <Accordion.Item key={app} value={app}>
          <Accordion.Control>{t(`calendarFeed.apps.${app}.title`)}</Accordion.Control>
          <Accordion.Panel>
            <Text>{t(`calendarFeed.apps.${app}.steps`)}</Text>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
