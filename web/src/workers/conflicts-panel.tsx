/**
 * Conflicts of interest on a case, for the managers who allocate it: shown on request (they say
 * something about the client, so each look is recorded), each live one keeping its worker off the
 * client's cases until it is withdrawn; and a form to record a new one.
 */
import { Badge, Button, Group, List, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-messages.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Section } from "../components/section.js";
import { isolate, useFormat } from "../i18n/format.js";
import { ConflictForm } from "./conflict-form.js";
import { workersApi, type ConflictList } from "./workers-api.js";

type Conflict = ConflictList["items"][number];
type Loaded = { status: "idle" } | { status: "loading" } | { status: "failed"; error: unknown } | { status: "ready"; data: ConflictList };

export function ConflictsPanel({ caseId, siteId }: { caseId: string; siteId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<Loaded>({ status: "idle" });
  const [withdrawing, setWithdrawing] = useState<Conflict | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function load(): Promise<void> {
    setState({ status: "loading" });
    try {
      setState({ status: "ready", data: await workersApi.conflicts(caseId) });
    } catch (failure) {
      setState({ status: "failed", error: failure });
    }
  }

  async function withdraw(conflict: Conflict): Promise<void> {
    setIsBusy(true);
    setError(null);
    try {
      setState({ status: "ready", data: await workersApi.withdrawConflict(caseId, conflict.id) });
      setWithdrawing(null);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <Section
      title={t("workers.conflicts.title")}
      actions={
        state.status === "idle" && (
          <Button size="xs" variant="default" onClick={() => void load()}>
            {t("workers.conflicts.show")}
          </Button>
        )
      }
    >
      {state.status === "idle" && <Text size="sm">{t("workers.conflicts.intro")}</Text>}
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={() => void load()} />}
      {state.status === "ready" && (
        <Stack gap="sm">
          {state.data.items.length === 0 ? (
            <Text size="sm">{t("workers.conflicts.none")}</Text>
          ) : (
            <List listStyleType="none" p={0} spacing="sm">
              {state.data.items.map((conflict) => (
                <ConflictItem key={conflict.id} conflict={conflict} onWithdraw={() => setWithdrawing(conflict)} />
              ))}
            </List>
          )}
          {state.data.abilities.record && <ConflictForm caseId={caseId} siteId={siteId} onRecorded={(list) => setState({ status: "ready", data: list })} />}
        </Stack>
      )}
      <ConfirmDialog
        opened={withdrawing !== null}
        title={t("workers.conflicts.withdrawTitle")}
        message={withdrawing ? t("workers.conflicts.withdrawBody", { name: isolate(withdrawing.workerName) }) : ""}
        confirmLabel={t("workers.conflicts.withdraw")}
        isBusy={isBusy}
        error={error}
        onConfirm={() => withdrawing && void withdraw(withdrawing)}
        onCancel={() => {
          setWithdrawing(null);
          setError(null);
        }}
      />
    </Section>
  );
}

function ConflictItem({ conflict, onWithdraw }: { conflict: Conflict; onWithdraw: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const isLive = conflict.withdrawnAt === null;
  return (
    <List.Item>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600}>{conflict.workerName}</Text>
            <Badge variant="outline" color={isLive ? "red.9" : "gray.7"} tt="none" radius="sm">
              {t(`workers.conflicts.kinds.${conflict.kind}`)}
            </Badge>
          </Group>
          {conflict.note && (
            <Text size="sm">
              <bdi>{conflict.note}</bdi>
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {isLive
              ? t("workers.conflicts.declared", { name: isolate(conflict.declaredByName ?? t("workers.someone")), date: isolate(format.date(conflict.declaredAt)) })
              : t("workers.conflicts.withdrawn", { name: isolate(conflict.withdrawnByName ?? t("workers.someone")), date: isolate(format.date(conflict.withdrawnAt ?? conflict.declaredAt)) })}
          </Text>
        </Stack>
        {conflict.abilities.withdraw && (
          <Button size="xs" variant="subtle" color="red" onClick={onWithdraw} aria-label={t("workers.conflicts.withdrawNamed", { name: conflict.workerName })}>
            {t("workers.conflicts.withdraw")}
          </Button>
        )}
      </Group>
    </List.Item>
  );
}
