/**
 * The single sign-on part of the sign-in page: once the email's domain is known to use a provider,
 * a "Sign in with …" button that sends the browser there; and, back from the provider, the reason
 * a sign-in was refused. The provider is found from the domain alone, never from whether the
 * address has an account.
 */
import { Alert, Button } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { emailSchema } from "../../../core/api/auth.js";
import { ssoRefusalSchema } from "../../../core/api/sso.js";
import { errorMessage } from "../api/error-messages.js";
import { ssoApi, type SsoLookup } from "./sso-api.js";

/** Looks up the provider for the typed email, after a pause in typing. */
export function useSsoProvider(email: string): SsoLookup["provider"] {
  const [debounced] = useDebouncedValue(email.trim(), 400);
  const [provider, setProvider] = useState<SsoLookup["provider"]>(null);
  useEffect(() => {
    const parsed = emailSchema.safeParse(debounced);
    if (!parsed.success) {
      setProvider(null);
      return;
    }
    let isCurrent = true;
    ssoApi.lookup(parsed.data).then(
      (found) => isCurrent && setProvider(found.provider),
      () => isCurrent && setProvider(null),
    );
    return () => {
      isCurrent = false;
    };
  }, [debounced]);
  return provider;
}

export function SsoRefusalNotice() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const refusal = ssoRefusalSchema.safeParse(params.get("sso"));
  if (!refusal.success) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={t("sso.refusedTitle")}>
      {t(`sso.refusals.${refusal.data}`)}
    </Alert>
  );
}

export function SsoButton({ email, provider }: { email: string; provider: NonNullable<SsoLookup["provider"]> }) {
  const { t } = useTranslation();
  const [isBusy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  async function start(): Promise<void> {
    setBusy(true);
    setFailure(null);
    try {
      const { authorizationUrl } = await ssoApi.start(email.trim());
      window.location.assign(authorizationUrl);
    } catch (error) {
      setFailure(errorMessage(error, t));
      setBusy(false);
    }
  }
  return (
    <>
      {failure && <Alert color="red" role="alert">{failure}</Alert>}
      <Button variant={provider.isPasswordSignInEnabled ? "default" : "filled"} loading={isBusy} onClick={() => void start()}>
        {t("sso.signInWith", { provider: provider.displayName })}
      </Button>
    </>
  );
}
