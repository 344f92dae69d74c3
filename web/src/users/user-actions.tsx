/**
 * The actions the server allows on this user (from `user.abilities`). Deactivating, resetting the
 * second factor and issuing a password-reset link ask first; a new invitation or reset link is shown once.
 */
import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../../../core/api/admin.js";
import { errorMessage } from "../api/error-messages.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { FormError } from "../components/form-error.js";
import { invitationLink, OneTimeLinkPanel, type OneTimeLink } from "./one-time-link-panel.js";
import { usersApi } from "./users-api.js";

type Action = "deactivate" | "reactivate" | "resetSecondFactor" | "reissueInvitation" | "issuePasswordReset";
type Confirmable = "deactivate" | "resetSecondFactor" | "issuePasswordReset";

export function UserActions({ user, onChanged }: { user: User; onChanged: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<Confirmable | null>(null);
  const [busy, setBusy] = useState<Action | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [issued, setIssued] = useState<OneTimeLink | null>(null);

  async function run(action: Action): Promise<void> {
    setBusy(action);
    setError(null);
    setDone(null);
    try {
      if (action === "reissueInvitation") setIssued(invitationLink(await usersApi.reissueInvitation(user.id)));
      else if (action === "issuePasswordReset") {
        const reset = await usersApi.issuePasswordReset(user.id);
        setIssued({ kind: "passwordReset", name: reset.user.displayName, email: reset.user.email, url: reset.resetUrl, expiresAt: reset.resetExpiresAt });
      } else await usersApi[action](user.id);
      setDone(t(`users.done.${action}`, { name: user.displayName }));
      setConfirming(null);
      onChanged();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(null);
    }
  }

  const { abilities } = user;
  const hasAny =
    abilities.deactivate || abilities.reactivate || abilities.resetSecondFactor || abilities.reissueInvitation || abilities.issuePasswordReset;
  return (
    <Stack>
      {!hasAny && <Text c="dimmed">{t("users.noActions")}</Text>}
      <FormError message={error} />
      {done && (
        <Alert color="green" variant="light" role="status">
          {done}
        </Alert>
      )}
      {issued && <OneTimeLinkPanel link={issued} />}
      <Group>
        {abilities.reissueInvitation && (
          <Button variant="default" loading={busy === "reissueInvitation"} onClick={() => void run("reissueInvitation")}>
            {t("users.action.reissueInvitation")}
          </Button>
        )}
        {abilities.issuePasswordReset && (
          <Button variant="default" onClick={() => setConfirming("issuePasswordReset")}>
            {t("users.action.issuePasswordReset")}
          </Button>
        )}
        {abilities.resetSecondFactor && (
          <Button variant="default" onClick={() => setConfirming("resetSecondFactor")}>
            {t("users.action.resetSecondFactor")}
          </Button>
        )}
        {abilities.reactivate && (
          <Button variant="default" loading={busy === "reactivate"} onClick={() => void run("reactivate")}>
            {t("users.action.reactivate")}
          </Button>
        )}
        {abilities.deactivate && (
          <Button color="red" variant="outline" onClick={() => setConfirming("deactivate")}>
            {t("users.action.deactivate")}
          </Button>
        )}
      </Group>
      <ConfirmDialog
        opened={confirming !== null}
        title={confirming ? t(`users.confirm.${confirming}.title`, { name: user.displayName }) : ""}
        message={confirming ? t(`users.confirm.${confirming}.body`, { name: user.displayName }) : ""}
        confirmLabel={confirming ? t(`users.action.${confirming}`) : ""}
        isBusy={busy !== null}
        onConfirm={() => confirming && void run(confirming)}
        onCancel={() => setConfirming(null)}
      />
    </Stack>
  );
}
