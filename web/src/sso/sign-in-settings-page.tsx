/**
 * The organisation's sign-in settings (administrators): the redirect URL to register with the
 * identity provider, the provider itself, a test sign-in, and whether staff may still use a
 * password — which can be switched off only after a test sign-in has worked.
 */
import { Alert, Button, Code, Group, Stack, Switch, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import type { SignInSettings } from "../../../core/api/sso.js";
import { ssoRefusalSchema } from "../../../core/api/sso.js";
import { errorMessage } from "../api/error-messages.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { CopyValueButton } from "../components/copy-text.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { ProviderForm } from "./provider-form.js";
import { ssoApi } from "./sso-api.js";

export function SignInSettingsPage() {
  const { t } = useTranslation();
  const { state, reload, replace } = useLoad(() => ssoApi.settings(), []);
  return (
    <Page title={t("sso.settings.title")}>
      <TestResult />
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && <Settings settings={state.data} onChanged={replace} onRemoved={reload} />}
    </Page>
  );
}

function TestResult() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const result = params.get("test");
  if (result === "passed") return <Alert color="green" role="status">{t("sso.settings.testPassed")}</Alert>;
  const refusal = ssoRefusalSchema.safeParse(result);
  if (!refusal.success) return null;
  return (
    <Alert color="red" role="alert" title={t("sso.settings.testFailed")}>
      {t(`sso.refusals.${refusal.data}`)}
    </Alert>
  );
}

function Settings({ settings, onChanged, onRemoved }: { settings: SignInSettings; onChanged: (next: SignInSettings) => void; onRemoved: () => void }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [isJustSaved, setJustSaved] = useState(false);
  const [isRemoving, setRemoving] = useState(false);
  async function act(action: () => Promise<void>): Promise<void> {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  }
  const provider = settings.provider;
  return (
    <Stack gap="lg" maw={720}>
      {failure && <Alert color="red" role="alert">{failure}</Alert>}
      <Section title={t("sso.settings.redirectTitle")}>
        <Text size="sm">{t("sso.settings.redirectHint")}</Text>
        <Group gap="sm">
          <Code dir="ltr" style={{ userSelect: "all" }}>{settings.redirectUrl}</Code>
          <CopyValueButton value={settings.redirectUrl} copyLabel={t("sso.settings.redirectTitle")} />
        </Group>
      </Section>
      <Section title={t("sso.settings.providerTitle")}>
        <ProviderForm
          key={provider ? `${provider.issuer}|${provider.clientId}|${provider.testedAt ?? ""}` : "new"}
          provider={provider}
          isJustSaved={isJustSaved}
          onSaved={(next) => {
            setJustSaved(true);
            onChanged(next);
          }}
        />
      </Section>
      {provider && (
        <Section title={t("sso.settings.testTitle")}>
          <Text size="sm">
            {provider.testedAt
              ? t("sso.settings.testedAt", { when: new Date(provider.testedAt).toLocaleString() })
              : t("sso.settings.untested")}
          </Text>
          {provider.didTestReportMfa !== null && (
            <Text size="sm">{provider.didTestReportMfa ? t("sso.settings.testReportedMfa") : t("sso.settings.testNoMfa")}</Text>
          )}
          <Group>
            <Button loading={isBusy} onClick={() => void act(async () => window.location.assign((await ssoApi.startTest()).authorizationUrl))}>
              {t("sso.settings.test", { provider: provider.displayName })}
            </Button>
            <Button variant="default" color="red" disabled={!settings.isPasswordSignInEnabled} onClick={() => setRemoving(true)}>
              {t("sso.settings.remove")}
            </Button>
          </Group>
        </Section>
      )}
      <Section title={t("sso.settings.passwordTitle")}>
        <Switch
          label={t("sso.settings.passwordSwitch")}
          description={t("sso.settings.passwordHint")}
          checked={settings.isPasswordSignInEnabled}
          disabled={isBusy || (settings.isPasswordSignInEnabled && !provider?.testedAt)}
          onChange={(event) => {
            const isEnabled = event.currentTarget.checked;
            void act(async () => onChanged(await ssoApi.setPasswordSignIn(isEnabled)));
          }}
        />
        {settings.isPasswordSignInEnabled && !provider?.testedAt && <Text size="sm" c="dimmed">{t("sso.settings.passwordNeedsTest")}</Text>}
      </Section>
      <ConfirmDialog
        opened={isRemoving}
        title={t("sso.settings.removeTitle")}
        message={t("sso.settings.removeMessage", { provider: provider?.displayName ?? "" })}
        confirmLabel={t("sso.settings.remove")}
        isBusy={isBusy}
        error={failure}
        onCancel={() => setRemoving(false)}
        onConfirm={() =>
          void act(async () => {
            await ssoApi.removeProvider();
            setRemoving(false);
            onRemoved();
          })
        }
      />
    </Stack>
  );
}
