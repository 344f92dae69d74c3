/** Revoking a token after an "are you sure?", with the failure shown in the dialog. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiToken } from "../../../core/api/integrations.js";
import { errorMessage } from "../api/error-messages.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";

export function useRevoke(revoke: (tokenId: string) => Promise<unknown>, onRevoked: () => void) {
  const { t } = useTranslation();
  const [token, setToken] = useState<ApiToken | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function confirm(): Promise<void> {
    if (!token) return;
    setBusy(true);
    setError(null);
    try {
      await revoke(token.id);
      setToken(null);
      onRevoked();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  }
  const dialog = (
    <ConfirmDialog
      opened={token !== null}
      title={t("integrations.revokeTitle")}
      message={t("integrations.revokeMessage", { name: token?.name ?? "" })}
      confirmLabel={t("integrations.revoke")}
      isBusy={isBusy}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={() => setToken(null)}
    />
  );
  return { ask: setToken, dialog };
}
