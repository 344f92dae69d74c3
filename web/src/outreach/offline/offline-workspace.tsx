/**
 * The opened offline store: what waits to be sent (sent by itself whenever the signal and the
 * worker's session are there, or with "Send now"), entries that met a session already held, and
 * the form to log another. While online the kept choices are refreshed from the server.
 */
import { Stack, Title } from "@mantine/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "../../components/load-state.js";
import { useSession } from "../../session/session-context.js";
import { ConflictCard } from "./conflict-card.js";
import { OfflineLogForm } from "./offline-log-form.js";
import { fetchPack } from "./offline-pack.js";
import { loadPack, queuedEntries, savePack, type OfflineLock, type OfflinePack, type QueuedEntry } from "./offline-store.js";
import { syncWaiting } from "./offline-sync.js";
import { useOnline } from "./use-online.js";
import { WaitingEntries } from "./waiting-entries.js";

export function OfflineWorkspace({ lock }: { lock: OfflineLock }) {
  const { t } = useTranslation();
  const { session, load, retry } = useSession();
  const isOnline = useOnline();
  const [pack, setPack] = useState<OfflinePack | null>(null);
  const [entries, setEntries] = useState<QueuedEntry[]>([]);
  const [isSending, setSending] = useState(false);
  const sending = useRef(false);

  const isSignedIn = session?.mfaState === "complete";
  const isTheirs = isSignedIn && session.user.id === lock.userId;
  const blocker = !isOnline ? t("outreachOffline.blocked.offline") : !isSignedIn ? t("outreachOffline.blocked.signedOut") : !isTheirs ? t("outreachOffline.blocked.otherUser") : null;

  const reload = useCallback(async () => {
    const [kept, waiting] = await Promise.all([loadPack(), queuedEntries()]);
    setPack(kept);
    setEntries(waiting);
  }, []);

  const send = useCallback(async () => {
    if (sending.current) return;
    sending.current = true;
    setSending(true);
    try {
      await syncWaiting();
      await savePack(await fetchPack(lock.siteId, new Date()));
    } catch (error) {
      // The entries stay and go with the next round; the choices kept are still usable.
      console.warn("Sending or refreshing stopped", error);
    } finally {
      sending.current = false;
      setSending(false);
      await reload();
    }
  }, [lock.siteId, reload]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // Back online after the app started without a signal: check the session again, so this page can
  // send and the rest of the app opens rather than showing the failed first check.
  useEffect(() => {
    if (isOnline && load.status === "failed") retry();
  }, [isOnline, load.status, retry]);

  useEffect(() => {
    if (isOnline && isTheirs) void send();
  }, [isOnline, isTheirs, send]);

  if (!pack) return <Loading />;
  const conflicts = entries.filter((entry): entry is QueuedEntry & { conflict: NonNullable<QueuedEntry["conflict"]> } => entry.conflict !== undefined);
  return (
    <Stack gap="lg">
      <WaitingEntries entries={entries} isSending={isSending} blocker={blocker} onSend={() => void send()} onChanged={() => void reload()} />
      {conflicts.map((entry) => (
        <ConflictCard key={entry.id} entry={entry} pack={pack} canSend={blocker === null} onSettled={() => void reload()} />
      ))}
      <Title order={2} size="h3">
        {t("outreachOffline.log.title")}
      </Title>
      <OfflineLogForm pack={pack} userId={lock.userId} waiting={entries} onQueued={() => void (isOnline && isTheirs ? send() : reload())} />
    </Stack>
  );
}
