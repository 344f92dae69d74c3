/**
 * The decision on an erasure request, on the request's page: the holds that apply to the client's
 * record (with what the person must be told), the cases still open, and then — with a hold — put
 * the request on hold or refuse it; without one, erase after typing the client's reference, since
 * it cannot be undone. Once erased, when and by whom. A legal-claim or statutory-duty hold is placed
 * here too.
 */
import { Alert, Button, Group, List, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { isolateReference, useFormat } from "../../i18n/format.js";
import type { RequestPanelProps } from "../requests/request-panels.js";
import { ClientStateSection, useAction } from "./client-state-section.js";
import { erasureApi, type DataProtectionState } from "./erasure-api.js";
import { HoldsList } from "./holds-list.js";
import { PlaceHoldForm } from "./place-hold-form.js";

const openStatuses = ["received", "in_progress", "on_hold"];

function Erased({ state }: { state: DataProtectionState }) {
  const { t } = useTranslation();
  const format = useFormat();
  const erasure = state.erasure!;
  return (
    <Alert color="gray" variant="light" title={t("erasure.erasedTitle")}>
      <Text>{t("erasure.erasedOn", { date: format.dateTime(erasure.erasedAt), name: erasure.erasedByName ?? t("erasure.someone") })}</Text>
      <Text size="sm">{t("erasure.erasedExplained")}</Text>
    </Alert>
  );
}

function ConfirmErasure({ requestId, state, onDone }: { requestId: string; state: DataProtectionState; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState("");
  const { error, isBusy, run } = useAction();
  const matches = typed.trim().toUpperCase() === state.reference.toUpperCase();
  const erase = () =>
    run(async () => {
      await erasureApi.decide(requestId, { decision: "erase", confirmReference: typed.trim() });
      await onDone();
    });
  return (
    <Stack gap="sm">
      <Text fw={600}>{t("erasure.confirm.title")}</Text>
      <Text size="sm" maw="75ch">
        {t("erasure.confirm.intro")}
      </Text>
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
      <TextInput
        label={t("erasure.confirm.typeReference", { reference: isolateReference(state.reference) })}
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        dir="ltr"
        autoComplete="off"
        maw={320}
      />
      <Group>
        <Button color="red" disabled={!matches} loading={isBusy} onClick={() => void erase()}>
          {t("erasure.confirm.erase")}
        </Button>
      </Group>
    </Stack>
  );
}

function HeldActions({ requestId, status, onDone }: { requestId: string; status: string; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<"hold" | "refuse" | null>(null);
  const { error, isBusy, run } = useAction();
  const decide = (decision: "hold" | "refuse") =>
    run(async () => {
      await erasureApi.decide(requestId, { decision });
      setAsking(null);
      await onDone();
    });
  return (
    <Group>
      {status !== "on_hold" && (
        <Button variant="default" onClick={() => setAsking("hold")}>
          {t("erasure.decide.hold")}
        </Button>
      )}
      <Button color="red" variant="light" onClick={() => setAsking("refuse")}>
        {t("erasure.decide.refuse")}
      </Button>
      <ConfirmDialog
        opened={asking !== null}
        title={asking === "refuse" ? t("erasure.decide.refuseTitle") : t("erasure.decide.holdTitle")}
        message={asking === "refuse" ? t("erasure.decide.refuseMessage") : t("erasure.decide.holdMessage")}
        confirmLabel={asking === "refuse" ? t("erasure.decide.refuse") : t("erasure.decide.hold")}
        isBusy={isBusy}
        error={error}
        onConfirm={() => void decide(asking!)}
        onCancel={() => setAsking(null)}
      />
    </Group>
  );
}

function Decision({ request, state, onState, onDone }: RequestPanelProps & { state: DataProtectionState; onState: (state: DataProtectionState) => void; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  if (state.erasure) return <Erased state={state} />;
  const isOpen = openStatuses.includes(request.status);
  return (
    <Stack gap="md">
      <HoldsList state={state} onChanged={onState} />
      {state.openCaseReferences.length > 0 && state.holds.length === 0 && (
        <Alert color="blue" variant="light" title={t("erasure.openCasesTitle")}>
          <Text size="sm">{t("erasure.openCases")}</Text>
          <List>
            {state.openCaseReferences.map((reference) => (
              <List.Item key={reference}>{isolateReference(reference)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {isOpen && state.holds.length > 0 && <HeldActions requestId={request.id} status={request.status} onDone={onDone} />}
      {isOpen && state.abilities.erase && <ConfirmErasure requestId={request.id} state={state} onDone={onDone} />}
      {state.abilities.placeHold && <PlaceHoldForm clientId={state.clientId} onChanged={onState} />}
    </Stack>
  );
}

export function ErasurePanel({ request, onChanged }: RequestPanelProps) {
  const { t } = useTranslation();
  return (
    <ClientStateSection request={request} onChanged={onChanged} title={t("erasure.title")}>
      {({ state, replace, onDone }) => <Decision request={request} onChanged={onChanged} state={state} onState={replace} onDone={onDone} />}
    </ClientStateSection>
  );
}
