/**
 * The account page's API tokens: make one (its secret shown once), see them with their last use,
 * revoke one. A token acts with the same access as its owner.
 */
import { Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { integrationsApi } from "./integrations-api.js";
import { ShownOnce } from "./shown-once.js";
import { TokenForm } from "./token-form.js";
import { TokenTable } from "./token-table.js";
import { useRevoke } from "./use-revoke.js";

export function PersonalTokens() {
  const { t } = useTranslation();
  const { state, reload } = useLoad(integrationsApi.personalTokens, []);
  const [secret, setSecret] = useState<string | null>(null);
  const revoke = useRevoke(integrationsApi.revokePersonalToken, reload);
  return (
    <Stack gap="md">
      <Text>{t("integrations.personalIntro")}</Text>
      {secret && <ShownOnce secret={secret} copyLabel={t("integrations.tokenCopyLabel")} />}
      <Title order={3}>{t("integrations.newToken")}</Title>
      <TokenForm
        onSubmit={async (body) => {
          setSecret((await integrationsApi.createPersonalToken(body)).secret);
          reload();
        }}
      />
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && <TokenTable tokens={state.data} caption={t("integrations.personalCaption")} onRevoke={revoke.ask} />}
      {revoke.dialog}
    </Stack>
  );
}
