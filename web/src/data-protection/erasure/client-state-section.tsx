/**
 * The frame both request panels share: the data-protection state of the request's client, loaded
 * once the request is matched, with what to show while it loads or if it fails, and a way for a
 * decision to show the request as it becomes.
 */
import { Text } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../api/error-messages.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { dataRightsApi } from "../data-rights-api.js";
import type { RequestPanelProps } from "../requests/request-panels.js";
import { erasureApi, type DataProtectionState } from "./erasure-api.js";

export interface ClientStateParts {
  state: DataProtectionState;
  /** Shows the client's state as a change answered it. */
  replace: (state: DataProtectionState) => void;
  /** After a decision on the request: reloads the request and the client's state. */
  onDone: () => Promise<void>;
}

export function ClientStateSection({ request, onChanged, title, children }: RequestPanelProps & { title: string; children: (parts: ClientStateParts) => ReactNode }) {
  const { t } = useTranslation();
  const clientId = request.client?.id ?? null;
  const { state, reload, replace } = useLoad(() => (clientId ? erasureApi.state(clientId) : Promise.resolve(null)), [clientId, request.status]);
  const onDone = async () => {
    onChanged(await dataRightsApi.read(request.id));
    reload();
  };
  return (
    <Section title={title}>
      {clientId === null && <Text>{t("erasure.matchFirst")}</Text>}
      {clientId !== null && state.status === "loading" && <Loading />}
      {clientId !== null && state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && state.data && children({ state: state.data, replace, onDone })}
    </Section>
  );
}

/** Runs an action with a busy state and the error it failed with, if any, to show beside it. */
export function useAction() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };
  return { error, isBusy, run };
}
